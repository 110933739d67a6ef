// `creditline/sandbox`: the embedded server behind `creditline credits --sandbox`, for tests and
// demos. It answers the credit operations of the three APIs from the bundled specs' examples.
export { type Sandbox, type SandboxOptions, startSandbox } from './start-sandbox.js';
