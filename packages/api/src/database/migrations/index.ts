import { InitPostgis1732600000000 } from './1732600000000-init-postgis';
import { Territoires1732600001000 } from './1732600001000-territoires';

// Schema changes are migrations, in order; never `synchronize`.
export const MIGRATIONS: Function[] = [InitPostgis1732600000000, Territoires1732600001000];
