import { GraphQLScalarType } from 'graphql';
import { GraphQLGeoJSON } from 'graphql-scalars';
import { rawJsonPlaceholder } from './raw-json';

// graphql-scalars' GeoJSON scalar (RFC 7946). Output comes from PostGIS (ST_AsGeoJSON), already valid: when it
// comes as SQL text it is spliced verbatim into the HTTP response (common/raw-json.ts), or parsed outside
// HTTP; it is not re-checked coordinate by coordinate (large map layers). Input is still validated.
export const GeoJSONScalar = new GraphQLScalarType({
  ...GraphQLGeoJSON.toConfig(),
  serialize: (value: unknown) =>
    typeof value === 'string' ? (rawJsonPlaceholder(value) ?? (JSON.parse(value) as unknown)) : value,
});
