// Every TypeORM entity of the API, by feature.
export const ENTITIES: Function[] = [];
