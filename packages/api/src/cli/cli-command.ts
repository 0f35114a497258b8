import type { DataSource } from 'typeorm';
import type { Env } from '../config/env';
import type { Backend } from '../database/open-database';

export interface CliContext {
  dataSource: DataSource;
  backend: Backend;
  env: Env;
}

export interface CliCommand {
  name: string;
  description: string;
  run(args: string[], context: CliContext): Promise<void>;
}
