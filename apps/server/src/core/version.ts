/** The application's version, shown on the admin system page and in the OpenAPI document. */
export const APP_VERSION = '1.0.0';
