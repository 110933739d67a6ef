// A vendor client that fills a parameter itself (XOVI's API key, in the path or the query)
// removes it from the typed paths, so callers neither need nor see it. A location left with only
// optional parameters becomes optional itself, so `xovi.GET('/user/getCreditstate')` needs no
// `params` at all.

type RequiredKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? never : K }[keyof T];

type LocationWithout<Parameters, Where extends 'path' | 'query', Name extends PropertyKey> = Where extends keyof Parameters
  ? Parameters[Where] extends object
    ? [RequiredKeys<Omit<Parameters[Where], Name>>] extends [never]
      ? { [K in Where]?: Omit<Parameters[Where], Name> }
      : { [K in Where]: Omit<Parameters[Where], Name> }
    : Pick<Parameters, Where>
  : Record<never, never>;

type ParametersWithout<Parameters, Name extends PropertyKey> = Omit<Parameters, 'path' | 'query'> &
  LocationWithout<Parameters, 'path', Name> &
  LocationWithout<Parameters, 'query', Name>;

type OmitFromOperation<Operation, Name extends PropertyKey> = Operation extends { parameters: infer Parameters }
  ? Omit<Operation, 'parameters'> & { parameters: ParametersWithout<Parameters, Name> }
  : Operation;

export type OmitParam<Paths, Name extends PropertyKey> = {
  [Path in keyof Paths]: {
    [Method in keyof Paths[Path]]: Method extends 'parameters' ? Paths[Path][Method] : OmitFromOperation<Paths[Path][Method], Name>;
  };
};
