// The transport sees only the Request, but errors should name the spec's path template
// (`/orders/{orderId}`), which openapi-fetch knows from the call. The typed methods pass it as an
// extra init key; openapi-fetch copies init keys the Request does not have onto the Request
// (as it does for `creditline` call options), where the transport reads it back. A middleware
// could do the same, but any middleware makes openapi-fetch pay for an id, a frozen options
// object and an extra await on every call.
const PATH_TEMPLATE = 'creditlinePathTemplate';

type WithPathTemplate = { [PATH_TEMPLATE]?: string };

/** The call's init with the path template added, for openapi-fetch to carry onto the Request. */
export function initWithPathTemplate<Init extends object>(init: Init | undefined, pathTemplate: string): Init & WithPathTemplate {
  return { ...(init as Init), [PATH_TEMPLATE]: pathTemplate };
}

export function pathTemplateOf(request: Request): string | undefined {
  return (request as Request & WithPathTemplate)[PATH_TEMPLATE];
}

/** For requests built outside openapi-fetch (next-page links). */
export function rememberPathTemplate(request: Request, pathTemplate: string): void {
  (request as Request & WithPathTemplate)[PATH_TEMPLATE] = pathTemplate;
}
