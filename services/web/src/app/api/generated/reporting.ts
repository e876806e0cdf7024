// Generated from the reporting service's /openapi.json by `npm run api-clients`. Do not edit:
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
    "/network-view/centres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network's member centres, and what each shares (or that it shares nothing) */
        get: operations["getNetworkViewCentres"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network-view/centres/{centreId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One member centre: its agreement with the network and the periods it published */
        get: operations["getNetworkViewCentresCentreId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network-view/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A closed period's shared figures: each centre side by side, and the network's totals, suppressed
         * @description Built only from what the centres published for the network (report.aggregate-published): no person and no unsuppressed count. Only a month, quarter or year that has ended everywhere can be asked for. `format=csv` answers text/csv (UTF-8 with BOM, a header block with the suppression rule).
         */
        get: operations["getNetworkViewFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reporting projection's live generation, and its latest rebuild with its progress */
        get: operations["getProjection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projection/rebuilds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rebuilds the reporting projection from the event log
         * @description Replays the case, referral and consent topics from their beginning into a fresh generation, switches the reports over to it once it has caught up, and drops the old one; follow it with GET /v1/projection. 409 `REPORTING.REBUILD_RUNNING` while one runs, `REPORTING.EVENT_LOG_INCOMPLETE` when a topic no longer holds its first events, `REPORTING.EVENT_LOG_UNREACHABLE`, or `REPORTING.REBUILD_UNAVAILABLE` when this process cannot read the log.
         */
        post: operations["postProjectionRebuilds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The centre's indicators for a period: exact figures, for use inside the centre
         * @description Every indicator the centre monitors, counted from the events reporting consumes and from no personal data, for a day, an ISO week, a month, a quarter, a year or a range of days in the centre's calendar. Exact figures, with no suppression: this report never leaves the centre (what is shared with a network goes through small-cell suppression). A case whose person did not agree to be counted in statistics, or withdrew that consent, counts in no indicator. Read by the centre's coordinators and lawyers, and by its promoters and interpreters when the centre's report settings open the reports to all staff. Add `format=csv` for the same report as a CSV download. Definitions: `people-served`: People served in the period, each once: anyone with a case opened, a returning intake attached or a service delivered in it. `contact` is new when their first case at the centre opened in the period and was not a returning person's, else returning; their other categories are those of their latest case opened by the end of the period, their migratory situation that of their latest intake by then (not-recorded when it was not). `cases-opened`: Cases opened in the period, by priority at opening. `cases-active`: Cases not closed at some time in the period, by their status at its end. `cases-closed`: Case closures in the period, by outcome (a case closed, reopened and closed again counts twice). `services-delivered`: Services delivered in the period (voided entries excluded), by type. `people-receiving-services`: People who received at least one service in the period, by the types they received. `interpretation`: Interpretation services delivered in the period (voided entries excluded), by language (not-recorded when none was). `referrals`: Referrals made in the period, by need, partner and what came of them so far (their current status, as the referral service reports it). `labour-claims`: Labour-justice claims with a step recorded in the period, by type, authority and status as they stood at its end; beside them, per currency, the amounts claimed, agreed, awarded and received as they stood at its end. A network sharing the amounts is sent instead what the period added: amounts claimed, agreed and awarded first recorded in it, and what was received in it, each sum withheld unless enough claims added to it and no one claim makes up most of it. `risk-flags`: Protection risk flags raised in the period (at intake or at a returning person's interview), by screen, level and indicator.
         */
        get: operations["getReportsIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/people-served": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People served in a period, by sex, nationality, age band and language
         * @description People served in the period, each once: anyone with a case opened, a returning intake attached or a service delivered in it. `contact` is new when their first case at the centre opened in the period and was not a returning person's, else returning; their other categories are those of their latest case opened by the end of the period, their migratory situation that of their latest intake by then (not-recorded when it was not). The same figures as the people-served indicator of GET /reports/indicators, who may read them included. A withdrawn statistics consent removes the person's cases opened until then from every period as soon as reporting hears of it; a consent given again later does not bring them back: only cases opened from then on are counted. An erased person's cases count in no period.
         */
        get: operations["getReportsPeopleServed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The centre's report settings: who among its staff reads its in-centre reports */
        get: operations["getReportsSettings"];
        /**
         * Sets who among the centre's staff reads its in-centre reports
         * @description The centre's coordinator decides whether its promoters and interpreters read the in-centre reports too. Each change is kept with who made it, when, and from what to what (in the settings' history), and recorded in the audit trail. Setting what is already set changes nothing.
         */
        put: operations["putReportsSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sharing-agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The centre's sharing agreements, newest first */
        get: operations["getSharingAgreements"];
        put?: never;
        /**
         * Records what the centre shares with one of its networks
         * @description Indicators and their breakdowns, from a date, per month, quarter or year, with small-cell suppression at k (and optional rounding). Only closed periods are shared, each once. One active agreement per network: revoke the current one before recording another.
         */
        post: operations["postSharingAgreements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sharing-agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One sharing agreement of the centre */
        get: operations["getSharingAgreementsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sharing-agreements/{id}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revokes a sharing agreement: nothing more is shared from the current period on
         * @description Periods that ended before the day of the revocation (at the centre) are still published if they were not yet; none after.
         */
        post: operations["postSharingAgreementsIdRevocation"];
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
        IndicatorEntry: {
            /** @description labour-claims only: per ISO 4217 currency, the sums as they stood at the end of the period (decimal strings) */
            amounts?: {
                [key: string]: {
                    agreed: string;
                    awarded: string;
                    claimed: string;
                    /** @description How many claims these sums are over */
                    claims: number;
                    received: string;
                };
            };
            /** @description Per dimension, the count of each category met (categories of a multi-valued dimension, such as a person's languages, add up to more than the total) */
            breakdowns: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            /** @description services-delivered only: median days from intake (the case opening) to first service, over the cases whose first service (not voided) fell in the period */
            daysToFirstService?: {
                cases: number;
                median: number | null;
            };
            /** @description How the indicator is counted */
            description: string;
            /** @description referrals only: each partner referred to, with its name */
            partners?: {
                name: string;
                partnerId: string;
                referrals: number;
            }[];
            /** @description services-delivered only: to how many people, per type */
            peopleByServiceType?: {
                [key: string]: number;
            };
            total: number;
            /** @description What one count is: a person, a case, a closure, a service, a referral, a claim, a flag */
            unit: string;
        };
        IndicatorReport: {
            centre: string;
            /** Format: date-time */
            generatedAt: string;
            /** @description Each indicator asked for, by id */
            indicators: {
                [key: string]: components["schemas"]["IndicatorEntry"];
            };
            period: {
                /** Format: date */
                from: string;
                /** @enum {string} */
                kind: "day" | "week" | "month" | "quarter" | "year" | "range";
                label: string;
                /** @description The centre's time zone: the days are its calendar days */
                timeZone: string;
                /** Format: date */
                to: string;
            };
            /**
             * @description No small-cell suppression: these figures never leave the centre
             * @enum {string}
             */
            suppression: "none: exact figures, for use inside the centre";
        };
        NetworkMember: {
            /** @description What the centre shares with the network, and how; null when it shares nothing */
            agreement: {
                /** Format: date-time */
                agreedAt: string;
                /** Format: uuid */
                agreementId: string;
                firstPeriod: string;
                /** Format: date */
                from: string;
                indicators: {
                    breakdowns: string[][];
                    indicator: string;
                }[];
                measures: ("labour-claim-amounts" | "days-to-first-service")[];
                /** @enum {string} */
                periodKind: "month" | "quarter" | "year";
                rule: {
                    k: number;
                    roundTo: number | null;
                };
            } | null;
            centre: string;
            centreName: string;
            /** Format: date-time */
            since: string;
            /** @enum {string} */
            status: "sharing" | "not-sharing";
        };
        NetworkMemberDetail: {
            /** @description What the centre shares with the network, and how; null when it shares nothing */
            agreement: {
                /** Format: date-time */
                agreedAt: string;
                /** Format: uuid */
                agreementId: string;
                firstPeriod: string;
                /** Format: date */
                from: string;
                indicators: {
                    breakdowns: string[][];
                    indicator: string;
                }[];
                measures: ("labour-claim-amounts" | "days-to-first-service")[];
                /** @enum {string} */
                periodKind: "month" | "quarter" | "year";
                rule: {
                    k: number;
                    roundTo: number | null;
                };
            } | null;
            centre: string;
            centreName: string;
            /** @description The periods it published, newest first */
            periods: {
                /** Format: date */
                from: string;
                kind: string;
                label: string;
                /** Format: date */
                to: string;
            }[];
            /** Format: date-time */
            since: string;
            /** @enum {string} */
            status: "sharing" | "not-sharing";
        };
        NetworkMemberPage: {
            items: components["schemas"]["NetworkMember"][];
            network: string;
            nextCursor: string | null;
        };
        NetworkReport: {
            /** Format: date-time */
            generatedAt: string;
            indicators: {
                centres: {
                    centre: string;
                    tables: {
                        /** @description Cells not listed are zeros */
                        cells: {
                            key: string[];
                            /** @description null: withheld */
                            value: number | null;
                        }[];
                        dimensions: string[];
                    }[];
                    total: number | null;
                }[];
                indicator: string;
                /** @description Sums of the centres' published figures, protected again under the strictest of their rules */
                network: {
                    over: string[];
                    rule: {
                        k: number;
                        roundTo: number | null;
                    };
                    tables: {
                        /** @description Cells not listed are zeros */
                        cells: {
                            key: string[];
                            /** @description null: withheld */
                            value: number | null;
                        }[];
                        dimensions: string[];
                    }[];
                    total: number | null;
                } | null;
            }[];
            measures: {
                centres: {
                    centre: string;
                    daysToFirstService: {
                        median: number | null;
                        /** @description No median published: fewer than k cases, none included */
                        suppressed: boolean;
                    } | null;
                    labourClaimAmounts: {
                        /** @description What claims added in the period (amounts first recorded in it, what was received in it); null: withheld (too few claims, one claim most of a sum, or none) */
                        amounts: {
                            agreed: string;
                            awarded: string;
                            claimed: string;
                            received: string;
                        } | null;
                        currency: string;
                    }[] | null;
                }[];
                network: {
                    labourClaimAmounts: {
                        /** @description What claims added in the period (amounts first recorded in it, what was received in it); null: withheld (too few claims, one claim most of a sum, or none) */
                        amounts: {
                            agreed: string;
                            awarded: string;
                            claimed: string;
                            received: string;
                        } | null;
                        currency: string;
                    }[] | null;
                };
            };
            /** @description Every member centre, those that published nothing for the period included (agreementId null) */
            members: {
                agreementId: string | null;
                centre: string;
                centreName: string;
                rule: {
                    k: number;
                    roundTo: number | null;
                } | null;
                /** @enum {string} */
                status: "sharing" | "not-sharing" | "left";
            }[];
            network: string;
            period: {
                /** Format: date */
                from: string;
                kind: string;
                label: string;
                /** Format: date */
                to: string;
            };
        };
        PeopleServedReport: {
            /** @description People by age band (at the opening of their latest case) */
            byAgeBand: {
                [key: string]: number;
            };
            /** @description People by language spoken (a person speaking two counts in both) */
            byLanguage: {
                [key: string]: number;
            };
            /** @description People by nationality: ISO 3166 alpha-2 codes, and 'unknown' and 'stateless' each counted apart */
            byNationality: {
                [key: string]: number;
            };
            /** @description People by sex */
            bySex: {
                [key: string]: number;
            };
            centre: string;
            period: {
                /** Format: date */
                from: string;
                /** @description The centre's time zone: the days are its calendar days */
                timeZone: string;
                /** Format: date */
                to: string;
            };
            total: number;
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
        Projection: {
            /** @description The live generation: the one the reports read */
            generation: string;
            /** @description The latest rebuild, running or not; null before the first */
            rebuild: {
                /** @description Why it failed or was abandoned: a stable code */
                failure: string | null;
                /** Format: date-time */
                finishedAt: string | null;
                /** @description The generation being built (g2, g3...) */
                generation: string;
                id: string;
                progress: {
                    /** @description Events recorded into the new generation */
                    applied: number;
                    elapsedSeconds: number;
                    /** @description Over the last few seconds */
                    eventsPerSecond: number | null;
                    /** @description Events of types the projection does not record */
                    ignored: number;
                    /** @description Messages the live subscriptions would have dead-lettered */
                    invalid: number;
                    /** @description Messages of the replayed topics read so far */
                    read: number;
                    /** @description At that pace, until caught up */
                    secondsLeft: number | null;
                    /** @description Messages the topics hold (it grows while events keep coming) */
                    total: number;
                };
                /** @description The live generation it replaces, dropped once it is done */
                replacing: string;
                /** Format: date-time */
                startedAt: string;
                /** @description The operator's user id */
                startedBy: string;
                /**
                 * @description `replaying` the topics into the new generation; `handing-over`: it caught up and is live, and it goes on reading while every process moves to it; `done`; `failed` or `abandoned` (its process stopped), with `failure`: the live figures are the ones it was replacing, unless it had switched
                 * @enum {string}
                 */
                status: "replaying" | "handing-over" | "done" | "failed" | "abandoned";
                /** Format: date-time */
                switchedAt: string | null;
            } | null;
        };
        ProjectionRebuild: {
            /** @description Why it failed or was abandoned: a stable code */
            failure: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** @description The generation being built (g2, g3...) */
            generation: string;
            id: string;
            progress: {
                /** @description Events recorded into the new generation */
                applied: number;
                elapsedSeconds: number;
                /** @description Over the last few seconds */
                eventsPerSecond: number | null;
                /** @description Events of types the projection does not record */
                ignored: number;
                /** @description Messages the live subscriptions would have dead-lettered */
                invalid: number;
                /** @description Messages of the replayed topics read so far */
                read: number;
                /** @description At that pace, until caught up */
                secondsLeft: number | null;
                /** @description Messages the topics hold (it grows while events keep coming) */
                total: number;
            };
            /** @description The live generation it replaces, dropped once it is done */
            replacing: string;
            /** Format: date-time */
            startedAt: string;
            /** @description The operator's user id */
            startedBy: string;
            /**
             * @description `replaying` the topics into the new generation; `handing-over`: it caught up and is live, and it goes on reading while every process moves to it; `done`; `failed` or `abandoned` (its process stopped), with `failure`: the live figures are the ones it was replacing, unless it had switched
             * @enum {string}
             */
            status: "replaying" | "handing-over" | "done" | "failed" | "abandoned";
            /** Format: date-time */
            switchedAt: string | null;
        };
        ReportSettings: {
            centre: string;
            /** @description Every change of the settings, oldest first: who made it, when, from what to what */
            changes: {
                /** Format: date-time */
                at: string;
                /** @description The coordinator's user id */
                by: string;
                /**
                 * @description Who reads the centre's in-centre reports (exact figures): `coordinators-and-lawyers` (the default), or `all-staff` (promoters and interpreters too). Operators and network analysts never do.
                 * @enum {string}
                 */
                from: "coordinators-and-lawyers" | "all-staff";
                /**
                 * @description Who reads the centre's in-centre reports (exact figures): `coordinators-and-lawyers` (the default), or `all-staff` (promoters and interpreters too). Operators and network analysts never do.
                 * @enum {string}
                 */
                to: "coordinators-and-lawyers" | "all-staff";
            }[];
            /**
             * @description Who reads the centre's in-centre reports (exact figures): `coordinators-and-lawyers` (the default), or `all-staff` (promoters and interpreters too). Operators and network analysts never do.
             * @enum {string}
             */
            staffReportAccess: "coordinators-and-lawyers" | "all-staff";
        };
        ReportSettingsChange: {
            /**
             * @description Who reads the centre's in-centre reports (exact figures): `coordinators-and-lawyers` (the default), or `all-staff` (promoters and interpreters too). Operators and network analysts never do.
             * @enum {string}
             */
            staffReportAccess: "coordinators-and-lawyers" | "all-staff";
        };
        SharingAgreement: {
            /** Format: date-time */
            agreedAt: string;
            agreedBy: string;
            centre: string;
            /** @description The first period shared: the first whole one of its kind from `from` that no earlier agreement with the network shared */
            firstPeriod: string;
            /** Format: date */
            from: string;
            /** Format: uuid */
            id: string;
            indicators: {
                breakdowns: string[][];
                indicator: string;
            }[];
            measures: ("labour-claim-amounts" | "days-to-first-service")[];
            network: string;
            /** @enum {string} */
            periodKind: "month" | "quarter" | "year";
            /** Format: date-time */
            revokedAt: string | null;
            revokedBy: string | null;
            rule: {
                k: number;
                roundTo: number | null;
            };
            /** @enum {string} */
            status: "active" | "revoked";
            version: number;
        };
        SharingAgreementPage: {
            items: components["schemas"]["SharingAgreement"][];
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
    getNetworkViewCentres: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The members, by centre id */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkMemberPage"];
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
    getNetworkViewCentresCentreId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                centreId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkMemberDetail"];
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
    getNetworkViewFigures: {
        parameters: {
            query: {
                format?: "json" | "csv";
                indicator?: string;
                period: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures (JSON, or CSV with format=csv) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkReport"];
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
    getProjection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The live generation and the latest rebuild */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Projection"];
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
    postProjectionRebuilds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Started */
            202: {
                headers: {
                    /** @description Where to follow it: /v1/projection */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectionRebuild"];
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
    getReportsIndicators: {
        parameters: {
            query?: {
                /** @description `csv` answers the same report as text/csv (UTF-8 with a byte-order mark, a header block, then indicator,dimension,category,value rows), as a download. Default `json`. */
                format?: "json" | "csv";
                /** @description With `to`, instead of `period`: a range of days, both included, of at most 5 years */
                from?: string;
                /** @description Only these indicators, comma-separated (default: all): people-served, cases-opened, cases-active, cases-closed, services-delivered, people-receiving-services, interpretation, referrals, labour-claims, risk-flags */
                indicators?: string;
                /** @description A month `2026-11`, a quarter `2026-Q4`, a year `2026`, an ISO week `2026-W48` or a day `2026-11-24`, in the centre's calendar, of a year from 2000 to next year. Default: the current year. */
                period?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report (JSON; text/csv with format=csv) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorReport"];
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
    getReportsPeopleServed: {
        parameters: {
            query?: {
                /** @description The first day (default: the first of the current year); the range is at most 5 years */
                from?: string;
                /** @description The last day (default: the last of the current year) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeopleServedReport"];
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
    getReportsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings and their history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSettings"];
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
    putReportsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportSettingsChange"];
            };
        };
        responses: {
            /** @description The settings as they now stand */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSettings"];
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
    getSharingAgreements: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                network?: string;
                status?: "active" | "revoked";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreements */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharingAgreementPage"];
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
    postSharingAgreements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description The day the agreement applies from, at the centre: the first period shared is the first whole one from that day. From 2000-01-01 to a year from today
                     */
                    from: string;
                    indicators: {
                        /**
                         * @description Tables shared besides the total: one dimension or two crossed, each among the indicator's shareable ones (REPORTING.DIMENSION_NOT_SHAREABLE otherwise)
                         * @default []
                         */
                        breakdowns?: string[][];
                        /** @description An indicator of the catalog (REPORTING.UNKNOWN_INDICATOR otherwise) */
                        indicator: string;
                    }[];
                    /**
                     * @description Counts from 1 to k-1 are withheld; at least 3, 5 unless given
                     * @default 5
                     */
                    k?: number;
                    /** @default [] */
                    measures?: ("labour-claim-amounts" | "days-to-first-service")[];
                    /** @description A network the centre belongs to (REPORTING.NOT_A_MEMBER otherwise) */
                    network: string;
                    /**
                     * @description The one kind of period shared: month, quarter or year
                     * @enum {string}
                     */
                    periodKind: "month" | "quarter" | "year";
                    /**
                     * @description Published counts rounded to this base (5, 10...), or none
                     * @default null
                     */
                    roundTo?: number | null;
                };
            };
        };
        responses: {
            /** @description The agreement */
            201: {
                headers: {
                    /** @description The agreement */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharingAgreement"];
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
    getSharingAgreementsId: {
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
            /** @description The agreement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharingAgreement"];
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
    postSharingAgreementsIdRevocation: {
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
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The revoked agreement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharingAgreement"];
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
