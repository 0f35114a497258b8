// An expected failure of a command (bad file, bad argument): printed without a stack trace.
export class CliError extends Error {}
