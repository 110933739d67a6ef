// A vendor wrapper that fills a path parameter itself (XOVI's API key) removes it from the
// typed paths, so callers neither need nor see it.

type OmitFromOperation<Operation, Name extends PropertyKey> = Operation extends { parameters: { path: infer PathParams } }
  ? Omit<Operation, 'parameters'> & { parameters: Omit<Operation['parameters'], 'path'> & { path: Omit<PathParams, Name> } }
  : Operation;

export type OmitPathParam<Paths, Name extends PropertyKey> = {
  [Path in keyof Paths]: {
    [Method in keyof Paths[Path]]: Method extends 'parameters' ? Paths[Path][Method] : OmitFromOperation<Paths[Path][Method], Name>;
  };
};
