import { GraphQLScalarType } from 'graphql';
import { GraphQLGeoJSON } from 'graphql-scalars';

// graphql-scalars' GeoJSON scalar (RFC 7946). Output comes from PostGIS (ST_AsGeoJSON), already valid: it is
// sent as is, without re-checking every coordinate of large map layers; input is still validated.
export const GeoJSONScalar = new GraphQLScalarType({
  ...GraphQLGeoJSON.toConfig(),
  serialize: (value: unknown) => value,
});
