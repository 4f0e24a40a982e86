/** The version of Custos, in one place: the CLI prints it, the OpenAPI document carries it. */
export const VERSION = '0.1.0';
