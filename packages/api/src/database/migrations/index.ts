import { InitPostgis1732600000000 } from './1732600000000-init-postgis';

// Schema changes are migrations, in order; never `synchronize`.
export const MIGRATIONS: Function[] = [InitPostgis1732600000000];
