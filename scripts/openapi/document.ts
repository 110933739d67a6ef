// The two shapes every OpenAPI helper passes around: a bundled document (one file, every
// `$ref` local) and a plain JSON object inside it. Kept loose on purpose: the tools read specs
// that are being curated, so they check what they need instead of trusting a full typing.

export type Json = Record<string, unknown>;

export type OpenApiDocument = Json & {
  paths: Record<string, Json>;
  components?: Record<string, Json>;
};
