// graphql-scalars' GeoJSON scalar (RFC 7946), shared by every geometry field.
export { GraphQLGeoJSON as GeoJSONScalar } from 'graphql-scalars';
