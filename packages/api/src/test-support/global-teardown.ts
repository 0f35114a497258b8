import { dropTestTemplate, TEMPLATE_ENV } from './test-template';

export default async function teardown(): Promise<void> {
  const template = process.env[TEMPLATE_ENV];
  if (template) await dropTestTemplate(process.env.TEST_DATABASE_URL, template);
}
