// Generated from the intake service's /openapi.json by `npm run api-clients`. Do not edit:
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
    "/intake-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The centre's own interview questions, current version (version 0 and no questions before the first) */
        get: operations["getIntakeForm"];
        /**
         * Replaces the centre's own questions with a new version
         * @description Send the whole list of questions and the version you edited. A form changed meanwhile is a 409 INTAKE.FORM_VERSION_CONFLICT; question rules are refused with INTAKE.FORM_* codes (a repeated id, a choice without options, a label missing the centre's first language, an id that was a question of another type).
         */
        put: operations["putIntakeForm"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake-form/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An earlier (or the current) version of the centre form, as answers given against it were checked */
        get: operations["getIntakeFormVersionsVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intakes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Records an interview
         * @description A new person, or a returning one (existingPersonId, from POST /v1/people/matches) whose last case is reopened or a new one opened. Needs the consent to store data. Risk flags are derived from the screens; the person, the intake, the consents and intake.submitted are saved together.
         */
        post: operations["postIntakes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intakes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An interview: answers, risk flags with their reasons, consents given
         * @description Each read is recorded in the audit trail.
         */
        get: operations["getIntakesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person served at the centre, with their details
         * @description Identity documents are shown only to coordinators and lawyers. Each read is recorded in the audit trail.
         */
        get: operations["getPeopleId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's consents, given and withdrawn, newest first */
        get: operations["getPeopleIdConsents"];
        put?: never;
        /**
         * Records a consent given after the interview
         * @description For example sharing with a named partner: the referral service refers a person to a partner only once their consent to share with it is recorded here. Announced as consent.given.
         */
        post: operations["postPeopleIdConsents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/consents/{consentId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Records that the person withdrew a consent
         * @description Announced as consent.withdrawn: referral stops sharing, reporting stops counting, transfers are refused. Consent to store data cannot be withdrawn here: that means erasing the person, a separate feature.
         */
        post: operations["postPeopleIdConsentsConsentIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erases a person from the centre
         * @description Deletes the person, their intakes, their consents and the Idempotency-Keys of their intakes, in one transaction, and announces person.erased so the other services delete what they hold of them. Figures already counted stay (reporting keeps its aggregates). The reason is a code, never free text. Recorded in the audit trail (person.erased, purpose erasure). A person erased already answers 410 INTAKE.PERSON_ERASED; an id the centre never held, 404.
         */
        post: operations["postPeopleIdErasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/intakes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person's interviews at the centre, newest first
         * @description Each intake returned is recorded in the audit trail.
         */
        get: operations["getPeopleIdIntakes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Looks for a returning person among the centre's people
         * @description Before a new person is created: people at the caller's centre with the same identity document, or the same name or alias (accents, case and spaces folded) and year of birth, strongest match first. Never another centre's people. Only coordinators and lawyers, who may see identity documents, may search by document (403 INTAKE.DOCUMENTS_RESTRICTED). Each person returned is recorded in the audit trail (purpose returning-person-search); the search terms never are.
         */
        post: operations["postPeopleMatches"];
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
        Consent: {
            /** Format: date-time */
            givenAt: string;
            givenBy: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            intakeId: string | null;
            /** Format: uuid */
            personId: string;
            scope: {
                /** @enum {string} */
                purpose: "store-data";
            } | {
                /** @enum {string} */
                purpose: "statistics";
            } | {
                /** @enum {string} */
                purpose: "transfer";
            } | {
                /** Format: uuid */
                partnerId: string;
                /** @enum {string} */
                purpose: "share-with-partner";
            } | {
                /** @enum {string} */
                channel: "phone" | "whatsapp" | "email";
                /** @enum {string} */
                purpose: "contact";
            };
            version: number;
            withdrawn: {
                /** Format: date-time */
                at: string;
                by: string;
            } | null;
        };
        Intake: {
            answers: {
                formVersion: number;
                values: {
                    [key: string]: unknown;
                };
            } | null;
            /** @enum {string} */
            caseAction: "open-new" | "reopen-last";
            consents: ({
                /** @enum {string} */
                purpose: "store-data";
            } | {
                /** @enum {string} */
                purpose: "statistics";
            } | {
                /** @enum {string} */
                purpose: "transfer";
            } | {
                /** Format: uuid */
                partnerId: string;
                /** @enum {string} */
                purpose: "share-with-partner";
            } | {
                /** @enum {string} */
                channel: "phone" | "whatsapp" | "email";
                /** @enum {string} */
                purpose: "contact";
            })[];
            /** Format: uuid */
            id: string;
            interview: components["schemas"]["Interview"];
            interviewedBy: string;
            /** Format: uuid */
            personId: string;
            /** @enum {string} */
            priority: "normal" | "medium" | "high";
            returning: boolean;
            riskFlags: {
                flag: string;
                /** @enum {string} */
                level: "low" | "medium" | "high";
                reason: string;
                /** @enum {string} */
                screen: "child-protection" | "gender-based-violence" | "trafficking-forced-labour" | "urgent-basic-needs";
            }[];
            /** Format: date-time */
            submittedAt: string;
        };
        IntakeAnswers: {
            formVersion: number;
            /** @default {} */
            values: {
                [key: string]: unknown;
            };
        };
        IntakeForm: {
            /** Format: date-time */
            createdAt: string | null;
            createdBy: string | null;
            languages: string[];
            questions: components["schemas"]["IntakeQuestion"][];
            version: number;
        };
        IntakeQuestion: {
            /** @description Text per ISO 639 language code */
            help?: {
                [key: string]: string;
            };
            id: string;
            /** @description Text per ISO 639 language code */
            labels: {
                [key: string]: string;
            };
            options?: {
                id: string;
                /** @description Text per ISO 639 language code */
                labels: {
                    [key: string]: string;
                };
            }[];
            required: boolean;
            /** @enum {string} */
            type: "text" | "number" | "boolean" | "date" | "single-choice" | "multi-choice";
        };
        IntakeSubmission: {
            answers?: components["schemas"]["IntakeAnswers"];
            consents: ({
                /** @enum {string} */
                purpose: "store-data";
            } | {
                /** @enum {string} */
                purpose: "statistics";
            } | {
                /** @enum {string} */
                purpose: "transfer";
            } | {
                /** Format: uuid */
                partnerId: string;
                /** @enum {string} */
                purpose: "share-with-partner";
            } | {
                /** @enum {string} */
                channel: "phone" | "whatsapp" | "email";
                /** @enum {string} */
                purpose: "contact";
            })[];
            interview: components["schemas"]["Interview"];
            person: components["schemas"]["ReturningPerson"] | components["schemas"]["PersonDetails"];
        };
        Interview: {
            household: {
                adults: number;
                /** @default [] */
                children: {
                    age: number;
                    /** @enum {string} */
                    schooling: "in-school" | "not-enrolled" | "dropped-out" | "not-school-age";
                    separated: boolean;
                    works: boolean;
                }[];
                /** @enum {string} */
                travelsWith: "alone" | "with-family" | "with-others";
            };
            migratorySituation: {
                /** Format: date */
                cardExpiresOn?: string;
                /** Format: date */
                nextSigningOn?: string;
                /** @enum {string} */
                signingFrequency?: "weekly" | "fortnightly" | "monthly" | "other";
                /** @enum {string} */
                status: "tvrh" | "tvtf" | "tvr" | "temporary-resident" | "permanent-resident" | "asylum-seeker" | "recognised-refugee" | "waiting-us-asylum-hearing" | "irregular" | "mexican-internal-migrant" | "returnee" | "other";
                /** Format: date */
                usHearingOn?: string;
            };
            /** @default [] */
            needs: ("labour-rights" | "job" | "documents-procedures" | "labour-justice" | "shelter" | "food" | "health" | "legal-aid-immigration" | "education" | "interpretation" | "other")[];
            screens: {
                childProtection: {
                    /** @enum {string} */
                    begging: "yes" | "no" | "unknown";
                    /** @enum {string} */
                    childLabour: "yes" | "no" | "unknown";
                    /** @enum {string} */
                    hazardousWorkAdolescent: "yes" | "no" | "unknown";
                    /** @enum {string} */
                    unaccompaniedOrSeparated: "yes" | "no" | "unknown";
                };
                genderBasedViolence: {
                    /** @enum {string} */
                    atWorkplace: "yes" | "no" | "unknown";
                    /** @enum {string} */
                    feelsUnsafeNow: "yes" | "no" | "unknown";
                    /** @enum {string} */
                    violenceExperienced: "yes" | "no" | "unknown";
                    /** @enum {string} */
                    wantsSpecialisedSupport: "yes" | "no" | "unknown";
                };
                traffickingForcedLabour: {
                    /** @default [] */
                    controlledBy: ("employer" | "recruiter" | "other")[];
                    /** @enum {string} */
                    debtToRecruiter: "yes" | "no" | "unknown";
                    /** @default [] */
                    methodsOfControl: ("debt-bondage" | "takes-earnings" | "restricts-financial-access" | "threats" | "psychological-abuse" | "physical-abuse" | "sexual-abuse" | "false-promises" | "psychoactive-substances" | "restricts-movement" | "restricts-medical-care" | "excessive-working-hours" | "uses-children" | "threat-of-law-enforcement" | "withholds-necessities" | "withholds-documents" | "other" | "changed-conditions" | "withholds-wages" | "isolation")[];
                    /** @enum {string} */
                    unpaidWork: "yes" | "no" | "unknown";
                };
                urgentBasicNeeds: {
                    /** @enum {string} */
                    food: "yes" | "no" | "unknown";
                    /** @enum {string} */
                    medicalUrgent: "yes" | "no" | "unknown";
                    /** @enum {string} */
                    medication: "yes" | "no" | "unknown";
                    /** @enum {string} */
                    safetyThreat: "yes" | "no" | "unknown";
                    /** @enum {string} */
                    shelterTonight: "yes" | "no" | "unknown";
                };
            };
            work: {
                employerName?: string;
                /** @enum {string} */
                employmentStatus: "employed" | "self-employed" | "unemployed-seeking" | "not-working" | "day-labourer";
                hasContract: boolean | null;
                hoursPerWeek?: number;
                /** @enum {string} */
                sector: "agriculture" | "construction" | "manufacturing-maquila" | "domestic-work" | "hospitality" | "retail" | "services" | "street-vending" | "other" | "none";
                wage?: {
                    amount: string;
                    currency: string;
                    /** @enum {string} */
                    period: "hour" | "day" | "week" | "fortnight" | "month";
                };
            };
        };
        Person: {
            /** Format: date-time */
            createdAt: string;
            details: components["schemas"]["PersonDetails"];
            /** Format: uuid */
            id: string;
            identityDocumentsHidden: boolean;
            /** Format: date-time */
            lastIntakeAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PersonDetails: {
            alias?: string;
            /** @default [] */
            contactChannels: ({
                /** @enum {string} */
                channel: "phone";
                value: string;
            } | {
                /** @enum {string} */
                channel: "whatsapp";
                value: string;
            } | {
                /** @enum {string} */
                channel: "email";
                value: string;
            })[];
            /** Format: date */
            dateOfBirth?: string;
            /** @enum {string} */
            genderIdentity?: "woman" | "man" | "trans-woman" | "trans-man" | "non-binary" | "self-described" | "prefer-not-to-say";
            genderSelfDescribed?: string;
            /** @default [] */
            identityDocuments: ({
                number: string;
                /** @enum {string} */
                type: "CURP";
            } | {
                number: string;
                /** @enum {string} */
                type: "RFC";
            } | {
                number: string;
                /** @enum {string} */
                type: "NSS";
            } | {
                issuingCountry: string;
                number: string;
                /** @enum {string} */
                type: "passport";
            } | {
                description?: string;
                issuingCountry?: string;
                number: string;
                /** @enum {string} */
                type: "other-id";
            })[];
            languages: string[];
            name?: string;
            nationalities: (string | "unknown" | "stateless")[];
            needsInterpreter: boolean;
            preferredLanguage: string;
            /** @enum {string} */
            sex: "female" | "male" | "intersex" | "not-stated";
            yearOfBirth?: number;
        };
        PersonDetailsUpdates: {
            alias?: string;
            contactChannels?: ({
                /** @enum {string} */
                channel: "phone";
                value: string;
            } | {
                /** @enum {string} */
                channel: "whatsapp";
                value: string;
            } | {
                /** @enum {string} */
                channel: "email";
                value: string;
            })[];
            /** Format: date */
            dateOfBirth?: string;
            /** @enum {string} */
            genderIdentity?: "woman" | "man" | "trans-woman" | "trans-man" | "non-binary" | "self-described" | "prefer-not-to-say";
            genderSelfDescribed?: string;
            identityDocuments?: ({
                number: string;
                /** @enum {string} */
                type: "CURP";
            } | {
                number: string;
                /** @enum {string} */
                type: "RFC";
            } | {
                number: string;
                /** @enum {string} */
                type: "NSS";
            } | {
                issuingCountry: string;
                number: string;
                /** @enum {string} */
                type: "passport";
            } | {
                description?: string;
                issuingCountry?: string;
                number: string;
                /** @enum {string} */
                type: "other-id";
            })[];
            languages?: string[];
            name?: string;
            nationalities?: (string | "unknown" | "stateless")[];
            needsInterpreter?: boolean;
            preferredLanguage?: string;
            /** @enum {string} */
            sex?: "female" | "male" | "intersex" | "not-stated";
            yearOfBirth?: number;
        };
        PersonErasure: {
            /** @description How many of their records were deleted with the person */
            erased: {
                consents: number;
                idempotencyKeys: number;
                intakes: number;
            };
            /** Format: date-time */
            erasedAt: string;
            /** Format: uuid */
            personId: string;
            /** @enum {string} */
            reason: "person-request" | "recorded-in-error" | "duplicate-record" | "safety-risk";
        };
        PersonErasureRequest: {
            /** @enum {string} */
            reason: "person-request" | "recorded-in-error" | "duplicate-record" | "safety-risk";
        };
        PersonMatch: {
            alias?: string;
            /** Format: date-time */
            lastIntakeAt: string | null;
            name?: string;
            nationalities: (string | "unknown" | "stateless")[];
            /** Format: uuid */
            personId: string;
            preferredLanguage: string;
            /**
             * @description Why they may be the person: the same document; the same name, year of birth and nationality; the same name and year
             * @enum {string}
             */
            reason: "document" | "name-year-nationality" | "name-year";
            /** @enum {string} */
            sex: "female" | "male" | "intersex" | "not-stated";
            yearOfBirth: number | null;
        };
        PersonMatchQuery: {
            alias?: string;
            documents?: ({
                number: string;
                /** @enum {string} */
                type: "CURP";
            } | {
                number: string;
                /** @enum {string} */
                type: "RFC";
            } | {
                number: string;
                /** @enum {string} */
                type: "NSS";
            } | {
                issuingCountry: string;
                number: string;
                /** @enum {string} */
                type: "passport";
            } | {
                description?: string;
                issuingCountry?: string;
                number: string;
                /** @enum {string} */
                type: "other-id";
            })[];
            name?: string;
            nationality?: string | "unknown" | "stateless";
            yearOfBirth?: number;
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
        ReturningPerson: {
            /** @enum {string} */
            caseAction: "open-new" | "reopen-last";
            /** Format: uuid */
            existingPersonId: string;
            expectedVersion?: number;
            updates?: components["schemas"]["PersonDetailsUpdates"];
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
    getIntakeForm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeForm"];
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
    putIntakeForm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    expectedVersion: number;
                    questions: {
                        help?: {
                            [key: string]: string;
                        };
                        id: string;
                        labels: {
                            [key: string]: string;
                        };
                        options?: {
                            id: string;
                            labels: {
                                [key: string]: string;
                            };
                        }[];
                        required: boolean;
                        /** @enum {string} */
                        type: "text" | "number" | "boolean" | "date" | "single-choice" | "multi-choice";
                    }[];
                };
            };
        };
        responses: {
            /** @description The new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeForm"];
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
    getIntakeFormVersionsVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description That version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeForm"];
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
    postIntakes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body within 24 hours answers 200 with the first intake (Idempotent-Replayed: true); with another body, 422 INTAKE.IDEMPOTENCY_KEY_REUSED. Keys are per user. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntakeSubmission"];
            };
        };
        responses: {
            /** @description A retry with a used Idempotency-Key: the intake it recorded */
            200: {
                headers: {
                    /** @description true */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Intake"];
                };
            };
            /** @description The intake recorded */
            201: {
                headers: {
                    /** @description The intake */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Intake"];
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
    getIntakesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The intake */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Intake"];
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
    getPeopleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
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
    getPeopleIdConsents: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of consents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Consent"][];
                        nextCursor: string | null;
                    };
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
    postPeopleIdConsents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    purpose: "store-data";
                } | {
                    /** @enum {string} */
                    purpose: "statistics";
                } | {
                    /** @enum {string} */
                    purpose: "transfer";
                } | {
                    /** Format: uuid */
                    partnerId: string;
                    /** @enum {string} */
                    purpose: "share-with-partner";
                } | {
                    /** @enum {string} */
                    channel: "phone" | "whatsapp" | "email";
                    /** @enum {string} */
                    purpose: "contact";
                };
            };
        };
        responses: {
            /** @description The consent recorded */
            201: {
                headers: {
                    /** @description The consent */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
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
    postPeopleIdConsentsConsentIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consent, withdrawn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
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
    postPeopleIdErasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonErasureRequest"];
            };
        };
        responses: {
            /** @description The person was erased */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonErasure"];
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
            /** @description Gone */
            410: {
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
    getPeopleIdIntakes: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of intakes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Intake"][];
                        nextCursor: string | null;
                    };
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
    postPeopleMatches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonMatchQuery"];
            };
        };
        responses: {
            /** @description Up to 10 likely matches */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PersonMatch"][];
                    };
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
}
