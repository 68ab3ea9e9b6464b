export declare function contentSecurityPolicy(nonce?: string | null): string;
export declare const strictTransportSecurity: { key: string; value: string };
export declare const securityHeaders: { key: string; value: string }[];
