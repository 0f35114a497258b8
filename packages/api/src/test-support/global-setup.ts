import 'reflect-metadata';
import { createTestTemplate, TEMPLATE_ENV } from './test-template';

// Jest's global setup of the API tests (it wants the function as the module's default export).
export default async function setup(): Promise<void> {
  process.env[TEMPLATE_ENV] = await createTestTemplate(process.env.TEST_DATABASE_URL);
}
