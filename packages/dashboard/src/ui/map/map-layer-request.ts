// Map layers are asked for with GET: the server gives them a validator (ETag) and the browser revalidates its copy
// (304, nothing re-sent) when the user comes back to a level. Apollo Server's CSRF check wants this header on GET.
export const MAP_LAYER_REQUEST = {
  fetchOptions: { method: 'GET' },
  headers: { 'apollo-require-preflight': 'true' },
} as const;
