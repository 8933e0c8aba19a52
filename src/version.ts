/** The gateway's version, in a module of its own so that the CLI can print it without loading the gateway. */
export const gatewayVersion = '0.1.0';
