// A vendor client that fills a parameter itself (XOVI's API key, in the path or the query)
// removes it from the typed paths, so callers neither need nor see it.

type WithoutParam<Location, Name extends PropertyKey> = Location extends object ? Omit<Location, Name> : Location;

type OmitFromOperation<Operation, Name extends PropertyKey> = Operation extends { parameters: infer Parameters }
  ? Omit<Operation, 'parameters'> & {
      parameters: { [Where in keyof Parameters]: Where extends 'path' | 'query' ? WithoutParam<Parameters[Where], Name> : Parameters[Where] };
    }
  : Operation;

export type OmitParam<Paths, Name extends PropertyKey> = {
  [Path in keyof Paths]: {
    [Method in keyof Paths[Path]]: Method extends 'parameters' ? Paths[Path][Method] : OmitFromOperation<Paths[Path][Method], Name>;
  };
};
