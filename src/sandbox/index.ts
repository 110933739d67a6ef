/**
 * {@link startSandbox}: the embedded server behind `creditline credits --sandbox`, for tests and
 * demos (Node only). It answers the credit operations of the three APIs from the bundled specs' examples.
 *
 * @module creditline/sandbox
 */
export { type Sandbox, type SandboxOptions, startSandbox } from './start-sandbox.js';
