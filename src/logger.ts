// The pipeline logs through this interface, so its stages run and are tested without a runner.
export interface Logger {
  info(message: string): void;
  debug(message: string): void;
}

export const silentLogger: Logger = { info: () => {}, debug: () => {} };
