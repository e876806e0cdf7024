// Generated from the referral service's /openapi.json by `npm run api-clients`. Do not edit:
// an API change regenerates it, and a screen the change breaks then fails the type-check.
export interface paths {
    "/audit-trail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The centre's audit trail of sensitive reads in this service, newest first
         * @description Who read which record, when and why (never what the record holds), and every not-found answer to an id on a route of this service. Only the caller's centre's entries.
         */
        get: operations["getAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-trail/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Checks the centre's audit trail in this service, entry by entry
         * @description Each entry holds the hash of the one before it: an entry changed, removed or put out of order since it was written shows as the first broken link (sequence-gap: a number is missing or out of order; broken-link: the entry does not follow the previous one; hash-mismatch: the entry was changed).
         */
        get: operations["getAuditTrailVerification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case's referrals, in the order they were made */
        get: operations["getCasesCaseIdReferrals"];
        put?: never;
        /**
         * Refers (channels) a case to a partner that offers what the person needs, with their consent to share
         * @description Interpreters do not refer. Only a coordinator refers to a partner without a signed agreement (403 REFERRAL.AGREEMENT_REQUIRED). The person's consent to share their data with this partner must be recorded first, in the intake service (POST /v1/people/{personId}/consents, purpose share-with-partner): without one, 422 REFERRAL.CONSENT_MISSING; once withdrawn, 422 REFERRAL.CONSENT_WITHDRAWN until they consent again.
         */
        post: operations["postCasesCaseIdReferrals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/referrals/{referralId}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Records what came of a pending referral
         * @description Interpreters do not record outcomes, as they do not refer. Also on a closed case: what a partner did may be learnt after the case closed. Once per referral: a referral already concluded, or stopped by a withdrawn consent, answers 409 REFERRAL.ALREADY_CONCLUDED. The outcome is announced to reporting (referral.status-changed).
         */
        post: operations["postCasesCaseIdReferralsReferralIdOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/centres/{centreId}/partner-directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Seeds a centre's partner directory: adds the organisations it lacks, never changes those it has */
        put: operations["putCentresCentreIdPartnerDirectory"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The centre's partner directory, by name, optionally only those offering a service */
        get: operations["getPartners"];
        put?: never;
        /** Adds a partner organisation to the centre's directory */
        post: operations["postPartners"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AuditEntry: {
            /** @description person.read, restricted-note.read, person.erased, record.not-found, or a service's own */
            action: string;
            actor: {
                roles: string[];
                userId: string;
            };
            /** Format: date-time */
            at: string;
            /** @description SHA-256 of the canonical JSON of the entry without its hash */
            hash: string;
            /** Format: uuid */
            id: string;
            /** @description The previous entry's hash (64 zeros for the first) */
            prevHash: string;
            purpose: string;
            record: {
                /** @description [not-an-id] when what was asked for was not an id */
                id: string;
                type: string;
            };
            requestId: string;
            /** @description The entry's number in the centre's chain: 1, 2, 3... */
            seq: number;
        };
        AuditEntryPage: {
            items: components["schemas"]["AuditEntry"][];
            nextCursor: string | null;
        };
        AuditTrailVerification: {
            entries: number;
            firstBrokenLink: {
                id: string;
                /** @enum {string} */
                reason: "hash-mismatch" | "broken-link" | "sequence-gap";
                seq: number;
            } | null;
            verified: boolean;
        };
        Partner: {
            /** @description A signed cooperation agreement backs the partnership: only coordinators refer to a partner without one */
            agreementSigned: boolean;
            contact?: {
                /** Format: email */
                email?: string;
                phone?: string;
                /** Format: uri */
                website?: string;
            };
            /** Format: date-time */
            createdAt: string;
            description?: string;
            /** Format: uuid */
            id: string;
            languages: string[];
            name: string;
            services: ("shelter" | "food" | "health" | "immigration-legal-aid" | "women-justice" | "child-protection" | "education" | "lgbtiq-shelter" | "employment" | "other")[];
        };
        PartnerDirectorySeedResult: {
            /** @description Organisations added, by name */
            created: string[];
            /** @description Organisations the directory had already (by folded name), left as the centre's staff keep them */
            unchanged: string[];
        };
        PartnerPage: {
            items: components["schemas"]["Partner"][];
            nextCursor: string | null;
        };
        Problem: {
            /** @description Stable error code such as CASE.ALREADY_CLOSED */
            code: string;
            detail?: string;
            errors?: {
                field: string;
                message: string;
            }[];
            instance?: string;
            requestId?: string;
            status: number;
            title: string;
            type: string;
        };
        Referral: {
            /** Format: uuid */
            caseId: string;
            /**
             * Format: date-time
             * @description When the outcome (the status) was recorded, if it was
             */
            concludedAt?: string;
            /** @description Who recorded the outcome */
            concludedBy?: string;
            /** @description The person's consent to share their data with this partner that the referral relies on: a consent of the intake service (GET /v1/people/{personId}/consents there says who recorded it). Null for referrals made before consents were recorded there. */
            consent: {
                /** Format: date-time */
                givenAt: string;
                /** Format: uuid */
                id: string;
            } | null;
            /**
             * Format: date-time
             * @description When the person withdrew that consent, if they did while the referral was pending
             */
            consentWithdrawnAt?: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            madeAt: string;
            madeBy: string;
            /** @enum {string} */
            need: "shelter" | "food" | "health" | "immigration-legal-aid" | "women-justice" | "child-protection" | "education" | "lgbtiq-shelter" | "employment" | "other";
            partner: components["schemas"]["Partner"] | {
                /** Format: uuid */
                id: string;
            };
            /**
             * @description made: pending; completed, declined, not-taken-up: the outcome staff recorded; consent-withdrawn: the person withdrew their consent to share with this partner while the referral was pending
             * @enum {string}
             */
            status: "made" | "completed" | "declined" | "not-taken-up" | "consent-withdrawn";
        };
        ReferralPage: {
            items: components["schemas"]["Referral"][];
            nextCursor: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAuditTrail: {
        parameters: {
            query?: {
                action?: string;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Entries at or after this instant */
                from?: string;
                limit?: number;
                /** @description Only entries about this record */
                recordId?: "[not-an-id]" | string;
                /** @description Entries before this instant */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this, or the centre is suspended or archived */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found at this centre */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input, with field-level errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is still loading the centre directory */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditTrailVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrailVerification"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this, or the centre is suspended or archived */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found at this centre */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input, with field-level errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is still loading the centre directory */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesCaseIdReferrals: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of referrals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPage"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this, or the centre is suspended or archived */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found at this centre */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input, with field-level errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is still loading the centre directory */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesCaseIdReferrals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    need: "shelter" | "food" | "health" | "immigration-legal-aid" | "women-justice" | "child-protection" | "education" | "lgbtiq-shelter" | "employment" | "other";
                    /** Format: uuid */
                    partnerId: string;
                };
            };
        };
        responses: {
            /** @description The referral */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this, or the centre is suspended or archived */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found at this centre */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state (stale version, already done...) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input, with field-level errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is still loading the centre directory */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesCaseIdReferralsReferralIdOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description completed: the partner served the person; declined: the partner could not take them; not-taken-up: the person did not go or could not be reached
                     * @enum {string}
                     */
                    outcome: "completed" | "declined" | "not-taken-up";
                };
            };
        };
        responses: {
            /** @description The referral, with its outcome */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this, or the centre is suspended or archived */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found at this centre */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state (stale version, already done...) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input, with field-level errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is still loading the centre directory */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putCentresCentreIdPartnerDirectory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                centreId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organisations: {
                        /** @default false */
                        agreementSigned?: boolean;
                        contact?: {
                            /** Format: email */
                            email?: string;
                            phone?: string;
                            /** Format: uri */
                            website?: string;
                        };
                        description?: string;
                        languages?: string[];
                        name: string;
                        services: ("shelter" | "food" | "health" | "immigration-legal-aid" | "women-justice" | "child-protection" | "education" | "lgbtiq-shelter" | "employment" | "other")[];
                    }[];
                };
            };
        };
        responses: {
            /** @description What was added and what was there already */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDirectorySeedResult"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this, or the centre is suspended or archived */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found at this centre */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state (stale version, already done...) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input, with field-level errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is still loading the centre directory */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPartners: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                service?: "shelter" | "food" | "health" | "immigration-legal-aid" | "women-justice" | "child-protection" | "education" | "lgbtiq-shelter" | "employment" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of partners */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerPage"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this, or the centre is suspended or archived */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found at this centre */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input, with field-level errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is still loading the centre directory */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPartners: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default false */
                    agreementSigned?: boolean;
                    languages?: string[];
                    name: string;
                    services: ("shelter" | "food" | "health" | "immigration-legal-aid" | "women-justice" | "child-protection" | "education" | "lgbtiq-shelter" | "employment" | "other")[];
                };
            };
        };
        responses: {
            /** @description The partner */
            201: {
                headers: {
                    /** @description The partner */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this, or the centre is suspended or archived */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found at this centre */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state (stale version, already done...) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input, with field-level errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is still loading the centre directory */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
