import type { DataSource } from 'typeorm';
import type { Backend } from './database/open-database';

export interface AppServices {
  dataSource: DataSource;
  backend: Backend;
}

export interface ApiContext extends AppServices {
  requestId: string;
}

export function createContext(services: AppServices, requestId: string): ApiContext {
  return { ...services, requestId };
}
