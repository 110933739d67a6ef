// The transport sees only the Request, but errors should name the spec's path template
// (`/orders/{orderId}`), which openapi-fetch knows from the call. Each typed call passes a small
// context object as an extra init key; openapi-fetch copies init keys the Request does not have
// onto the Request (as it does for `creditline` overrides), where the transport reads it and
// notes the Request it sent and the attempts it made, so that a failure after the transport
// returned (a body that is not JSON, or that broke off) can name the URL and be retried within
// the call's budget. A middleware could do the same, but any middleware makes
// openapi-fetch pay for an id, a frozen options object and an extra await on every call.
const CONTEXT = 'creditlineCall';

export interface CallContext {
  pathTemplate: string;
  /** The signal the caller gave the call, if any: the only thing that can abort it besides our timeouts. */
  callerSignal?: AbortSignal;
  /** The Request the transport sent last (set by the transport). */
  request?: Request;
  /**
   * Attempts made so far and the call's deadline (set by the transport). A call that is sent
   * again because its response body broke off goes on counting from here, so it stays within
   * the same retry budget and deadline.
   */
  attempts?: number;
  deadline?: number | undefined;
  /**
   * Stops forwarding the caller's abort to the attempt whose response the transport returned
   * (set by the transport); the client calls it once the call has settled and the body is read.
   */
  detachCaller?: () => void;
  /** The caller reads the body itself (`parseAs: 'stream'`): its abort must reach the body after the call returns. */
  bodyIsCallers?: boolean;
}

type WithContext = { creditlineCall?: CallContext };

/** The call's init with the context added, for openapi-fetch to carry onto the Request. */
export function initWithContext<Init extends object>(init: Init | undefined, context: CallContext): Init & WithContext {
  // A literal key, not `[CONTEXT]`: V8 copies a spread with a computed key on a slower path.
  return { ...(init as Init), creditlineCall: context };
}

export function contextOf(request: Request): CallContext | undefined {
  return (request as Request & WithContext)[CONTEXT];
}

/** For requests built outside openapi-fetch (next-page links). */
export function attachContext(request: Request, context: CallContext): void {
  (request as Request & WithContext)[CONTEXT] = context;
}
