import { GraphQLScalarType } from 'graphql';
import { GraphQLGeoJSON } from 'graphql-scalars';

// graphql-scalars' GeoJSON scalar (RFC 7946). Output comes from PostGIS (ST_AsGeoJSON), already valid: it is
// parsed when it comes as SQL text, but not re-checked coordinate by coordinate (large map layers); input is
// still validated.
export const GeoJSONScalar = new GraphQLScalarType({
  ...GraphQLGeoJSON.toConfig(),
  serialize: (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value),
});
