// Generated from the case service's /openapi.json by `npm run api-clients`. Do not edit:
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
    "/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The centre's cases for the day's work: filtered, sorted, a page at a time */
        get: operations["getCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case of the centre */
        get: operations["getCasesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Marks an open case active: work on it has started
         * @description Recording the first service on an open case activates it too.
         */
        post: operations["postCasesIdActivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/assignee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Gives the case to a member of staff, or to nobody */
        put: operations["putCasesIdAssignee"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Closes the case with an outcome
         * @description A coordinator closes at once, which signs off a high-priority case. Anyone else closing a high-priority case asks for a coordinator's sign-off: 202, and the case holds the pending closure.
         */
        post: operations["postCasesIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/closure/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turns the pending closure down: the case stays open */
        post: operations["postCasesIdClosureReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/closure/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Signs off the pending closure: the case closes with the outcome asked for */
        post: operations["postCasesIdClosureSignOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/labour-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case's labour-justice claims, newest first */
        get: operations["getCasesIdLabourClaims"];
        put?: never;
        /** Records a labour-justice claim on a case: employer, claim type, authority, status, amounts, key dates */
        post: operations["postCasesIdLabourClaims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/labour-claims/{claimId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One labour-justice claim */
        get: operations["getCasesIdLabourClaimsClaimId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Changes a claim: status (along the allowed transitions), amounts, key dates, employer, type, authority */
        patch: operations["patchCasesIdLabourClaimsClaimId"];
        trace?: never;
    };
    "/cases/{id}/labour-claims/{claimId}/hearings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adds a hearing to a claim (scheduled, or held with its outcome) */
        post: operations["postCasesIdLabourClaimsClaimIdHearings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/labour-claims/{claimId}/hearings/{hearingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Records the outcome of a hearing once it was held */
        patch: operations["patchCasesIdLabourClaimsClaimIdHearingsHearingId"];
        trace?: never;
    };
    "/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case's notes that the caller may see, newest first */
        get: operations["getCasesIdNotes"];
        put?: never;
        /** Writes a note on a case, for the whole centre or restricted to its author and the coordinators */
        post: operations["postCasesIdNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/notes/{noteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One note, with the notes that correct it; a restricted note the caller may not see is not found */
        get: operations["getCasesIdNotesNoteId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopens a closed case (it becomes active)
         * @description A case closed as transferred goes on at the centre that accepted it: only a coordinator reopens it (else 403 CASE.TRANSFERRED_REOPEN_COORDINATOR_ONLY), and it cannot be transferred to that centre again.
         */
        post: operations["postCasesIdReopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case's services, most recently delivered first (voided ones included, marked) */
        get: operations["getCasesIdServices"];
        put?: never;
        /** Logs a service delivered on a case (guidance, accompaniment, interpretation...) */
        post: operations["postCasesIdServices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/services/{serviceId}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Voids a service logged by mistake: it stays in the history, with the reason, and no longer counts */
        post: operations["postCasesIdServicesServiceIdVoid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case's tasks, open first by due time */
        get: operations["getCasesIdTasks"];
        put?: never;
        /**
         * Adds a due-dated task to a case
         * @description Refused on a closed case (409 CASE.CLOSED). Its due and overdue reminders go to the assignee, or to the whole centre when unassigned.
         */
        post: operations["postCasesIdTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's history, newest first: status changes, services, labour-justice steps, tasks, the notes the caller may see... */
        get: operations["getCasesIdTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Asks another centre to continue this case
         * @description Needs the person's transfer consent (else 422 CASE.TRANSFER_CONSENT_MISSING) and an active receiving centre other than this one (else 422 CASE.TRANSFER_TARGET_UNAVAILABLE). A closed case (CASE.ALREADY_CLOSED), one with a transfer waiting for an answer from an active centre (CASE.TRANSFER_ALREADY_PENDING), or a centre that already accepted a transfer of this person (CASE.TRANSFER_ALREADY_ACCEPTED) is a 409. A transfer still waiting at a centre that is no longer active is cancelled (cancelReason target-unavailable) in favour of the new one. The receiving centre learns only the priority and languages until it accepts.
         */
        post: operations["postCasesIdTransfers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The centre's tasks for the day's work, by due time */
        get: operations["getTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Changes an open task: title, due date (which arms its reminders again) or assignee */
        patch: operations["patchTasksTaskId"];
        trace?: never;
    };
    "/tasks/{taskId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancels an open task */
        post: operations["postTasksTaskIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks an open task done */
        post: operations["postTasksTaskIdComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The centre's incoming or outgoing transfers, newest first */
        get: operations["getTransfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A transfer this centre sent or received */
        get: operations["getTransfersId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfers/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accepts an incoming transfer: the case continues here and closes at the origin
         * @description Only the receiving centre's coordinator (the origin centre gets 403 CASE.TRANSFER_NOT_RECEIVER, any other 404). Refused when the person withdrew their consent (422 CASE.TRANSFER_CONSENT_WITHDRAWN), the origin centre is no longer active (422 CASE.TRANSFER_ORIGIN_UNAVAILABLE), the transfer was already answered or cancelled (409 CASE.TRANSFER_NOT_PENDING), or this centre already accepted another of the person's cases (409 CASE.TRANSFER_ALREADY_ACCEPTED). The case opens here with the person's alias, profile, risk flags and statistics consent (as the origin holds it now) under a new person id; the intake service copies the consented details of the person.
         */
        post: operations["postTransfersIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfers/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancels an outgoing transfer still waiting for an answer; the case stays open here
         * @description Only the origin centre's caseworkers (the receiving centre gets 403 CASE.TRANSFER_NOT_ORIGIN, any other 404). A transfer already answered or cancelled is a 409 CASE.TRANSFER_NOT_PENDING. Publishes no event: the receiving centre sees the transfer cancelled when it reads it.
         */
        post: operations["postTransfersIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfers/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declines an incoming transfer; the case stays open at the origin */
        post: operations["postTransfersIdDecline"];
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
        AddHearing: {
            expectedVersion?: number;
            /** @enum {string} */
            kind: "conciliation" | "preliminary" | "trial" | "judgment" | "other";
            /** Format: date */
            on: string;
            /**
             * @description Only for a hearing already held
             * @enum {string|null}
             */
            outcome?: "held" | "agreement" | "no-agreement" | "postponed" | "employer-absent" | "worker-absent" | "other" | null;
        };
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
        Case: {
            /** Format: date-time */
            activatedAt: string | null;
            alias: string;
            /** @description A staff user id */
            assignee: string | null;
            /** Format: date-time */
            closedAt: string | null;
            closure: {
                /** @description A staff user id */
                closedBy: string | null;
                /** @enum {string} */
                outcome: "resolved" | "referred" | "lost-contact" | "withdrawn" | "transferred";
                /** @description A staff user id */
                signedOffBy: string | null;
            } | null;
            countInStatistics: boolean;
            /** Format: uuid */
            id: string;
            intakeIds: string[];
            /** Format: date-time */
            openedAt: string;
            /** @description A closure waiting for a coordinator's sign-off */
            pendingClosure: {
                /** @enum {string} */
                outcome: "resolved" | "referred" | "lost-contact" | "withdrawn" | "transferred";
                /** Format: date-time */
                requestedAt: string;
                /** @description A staff user id */
                requestedBy: string | null;
            } | null;
            /** Format: uuid */
            personId: string;
            /**
             * @description Derived from the risk flags: the highest medium or high flag
             * @enum {string}
             */
            priority: "normal" | "medium" | "high";
            profile: {
                /** @enum {string} */
                ageBand: "0-11" | "12-17" | "18-29" | "30-44" | "45-59" | "60+" | "unknown";
                languages: string[];
                nationality: string;
                /** @enum {string} */
                sex: "female" | "male" | "intersex" | "not-stated";
            };
            /** Format: date-time */
            reopenedAt: string | null;
            riskFlags: {
                flag: string;
                /** @enum {string} */
                level: "low" | "medium" | "high";
                /** @enum {string} */
                screen: "child-protection" | "gender-based-violence" | "trafficking-forced-labour" | "urgent-basic-needs";
            }[];
            /** @enum {string} */
            status: "open" | "active" | "closed";
            version: number;
        };
        CaseNote: {
            authorId: string;
            body: string;
            /** Format: uuid */
            caseId: string;
            /**
             * Format: uuid
             * @description The note this one corrects
             */
            corrects: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            visibility: "centre" | "restricted";
        };
        CaseNoteDetail: {
            authorId: string;
            body: string;
            /** Format: uuid */
            caseId: string;
            /** @description Notes correcting this one that the caller may see, oldest first */
            correctedBy: string[];
            /**
             * Format: uuid
             * @description The note this one corrects
             */
            corrects: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            visibility: "centre" | "restricted";
        };
        CaseNotePage: {
            items: components["schemas"]["CaseNote"][];
            nextCursor: string | null;
        };
        ChangeLabourClaim: {
            /** @description Decimal strings in the claim currency ("15500.50"); null clears one */
            amounts?: {
                agreed?: string | null;
                awarded?: string | null;
                claimed?: string | null;
                received?: string | null;
            };
            /** @enum {string} */
            authority?: "conciliation-centre" | "labour-court" | "labour-inspectorate" | "other";
            /** @enum {string} */
            claimType?: "unpaid-wages" | "wage-theft" | "unjustified-dismissal" | "forced-resignation" | "document-retention" | "changed-conditions" | "unpaid-overtime" | "workplace-harassment" | "other";
            /** @description Days that have passed at the centre */
            dates?: {
                /** Format: date */
                agreementOn?: string | null;
                /** Format: date */
                conciliationFiledOn?: string | null;
                /** Format: date */
                judgmentOn?: string | null;
            };
            /** @description One line, 1 to 200 characters once trimmed; no control, zero-width or text-direction characters */
            employer?: string;
            expectedVersion: number;
            /**
             * @description Must be one of the claim’s nextStatuses
             * @enum {string}
             */
            status?: "preparing" | "conciliation-filed" | "in-conciliation" | "agreement" | "lawsuit-filed" | "in-trial" | "awarded" | "dismissed" | "abandoned" | "paid";
        };
        IncomingTransfer: {
            /** Format: date-time */
            answeredAt: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            /** @enum {string|null} */
            declineReason: "no-capacity" | "person-not-arrived" | "outside-services" | "other" | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            direction: "incoming";
            fromCentre: string;
            /** Format: uuid */
            id: string;
            languages: string[];
            /**
             * Format: uuid
             * @description The receiving centre's case, once accepted
             */
            newCaseId: string | null;
            /** @enum {string} */
            priority: "normal" | "medium" | "high";
            /** Format: date-time */
            requestedAt: string;
            /** @enum {string} */
            status: "requested" | "accepted" | "declined" | "cancelled";
            toCentre: string;
        };
        LabourClaim: {
            amounts: {
                agreed: string | null;
                awarded: string | null;
                claimed: string | null;
                /** @description Awarded (else agreed) less received, never below zero; null until an amount is agreed or awarded */
                outstanding: string | null;
                received: string | null;
            };
            /** @enum {string} */
            authority: "conciliation-centre" | "labour-court" | "labour-inspectorate" | "other";
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            claimType: "unpaid-wages" | "wage-theft" | "unjustified-dismissal" | "forced-resignation" | "document-retention" | "changed-conditions" | "unpaid-overtime" | "workplace-harassment" | "other";
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            currency: string;
            dates: {
                /** Format: date */
                agreementOn: string | null;
                /** Format: date */
                conciliationFiledOn: string | null;
                /** Format: date */
                judgmentOn: string | null;
            };
            employer: string;
            hearings: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "conciliation" | "preliminary" | "trial" | "judgment" | "other";
                /** Format: date */
                on: string;
                /** @enum {string|null} */
                outcome: "held" | "agreement" | "no-agreement" | "postponed" | "employer-absent" | "worker-absent" | "other" | null;
            }[];
            /** Format: uuid */
            id: string;
            /** @description Where the status may go from here */
            nextStatuses: ("preparing" | "conciliation-filed" | "in-conciliation" | "agreement" | "lawsuit-filed" | "in-trial" | "awarded" | "dismissed" | "abandoned" | "paid")[];
            /** @enum {string} */
            status: "preparing" | "conciliation-filed" | "in-conciliation" | "agreement" | "lawsuit-filed" | "in-trial" | "awarded" | "dismissed" | "abandoned" | "paid";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        LabourClaimPage: {
            items: components["schemas"]["LabourClaim"][];
            nextCursor: string | null;
        };
        OutgoingTransfer: {
            /** Format: date-time */
            answeredAt: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            /** @description Who cancelled it here; null when the system did (consent withdrawn, case closed) */
            cancelledBy: string | null;
            /** @enum {string|null} */
            cancelReason: "consent-withdrawn" | "case-closed" | "origin-cancelled" | "target-unavailable" | null;
            /**
             * Format: uuid
             * @description The origin centre's case
             */
            caseId: string;
            /** @enum {string|null} */
            declineReason: "no-capacity" | "person-not-arrived" | "outside-services" | "other" | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            direction: "outgoing";
            fromCentre: string;
            /** Format: uuid */
            id: string;
            languages: string[];
            /** @enum {string} */
            priority: "normal" | "medium" | "high";
            /** @description The origin centre's note on why; never shown to the receiving centre */
            reason: string | null;
            /** Format: date-time */
            requestedAt: string;
            requestedBy: string;
            /** @enum {string} */
            status: "requested" | "accepted" | "declined" | "cancelled";
            toCentre: string;
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
        RecordHearingOutcome: {
            expectedVersion: number;
            /** @enum {string} */
            outcome: "held" | "agreement" | "no-agreement" | "postponed" | "employer-absent" | "worker-absent" | "other";
        };
        RecordLabourClaim: {
            /** @description Decimal strings in the claim currency ("15500.50"); null clears one */
            amounts?: {
                agreed?: string | null;
                awarded?: string | null;
                claimed?: string | null;
                received?: string | null;
            };
            /** @enum {string} */
            authority: "conciliation-centre" | "labour-court" | "labour-inspectorate" | "other";
            /** @enum {string} */
            claimType: "unpaid-wages" | "wage-theft" | "unjustified-dismissal" | "forced-resignation" | "document-retention" | "changed-conditions" | "unpaid-overtime" | "workplace-harassment" | "other";
            currency: string;
            /** @description Days that have passed at the centre */
            dates?: {
                /** Format: date */
                agreementOn?: string | null;
                /** Format: date */
                conciliationFiledOn?: string | null;
                /** Format: date */
                judgmentOn?: string | null;
            };
            /** @description One line, 1 to 200 characters once trimmed; no control, zero-width or text-direction characters */
            employer: string;
            /**
             * @description preparing when absent; a claim may be recorded already under way
             * @enum {string}
             */
            status?: "preparing" | "conciliation-filed" | "in-conciliation" | "agreement" | "lawsuit-filed" | "in-trial" | "awarded" | "dismissed" | "abandoned" | "paid";
        };
        RecordService: {
            /** @description Staff user id of who delivered it; the caller when absent */
            deliveredBy?: string;
            /**
             * Format: date
             * @description The day it was delivered, in the centre's calendar; not after today
             */
            deliveredOn: string;
            durationMinutes?: number | null;
            /** @description ISO 639 code of the language it was given in; for interpretation, toLanguage when absent */
            language?: string | null;
            /** @description 1 to 2000 characters once trimmed; line breaks allowed, no other control, zero-width or text-direction characters */
            note?: string | null;
            /** @enum {string} */
            type: "labour-rights-guidance" | "procedures-guidance" | "job-opportunities" | "labour-justice-support";
        } | {
            accompaniment: {
                /** @enum {string} */
                office: "INM" | "SAT" | "IMSS" | "conciliation-centre" | "labour-court" | "COMAR" | "consulate" | "employment-service" | "civil-registry" | "other";
                /** @enum {string} */
                procedure: "visitor-card-application" | "visitor-card-renewal" | "tax-registration" | "social-security-registration" | "curp" | "labour-complaint" | "asylum-application" | "asylum-signing" | "consular-documents" | "birth-registration" | "job-placement" | "other";
            };
            /** @description Staff user id of who delivered it; the caller when absent */
            deliveredBy?: string;
            /**
             * Format: date
             * @description The day it was delivered, in the centre's calendar; not after today
             */
            deliveredOn: string;
            durationMinutes?: number | null;
            /** @description ISO 639 code of the language it was given in; for interpretation, toLanguage when absent */
            language?: string | null;
            /** @description 1 to 2000 characters once trimmed; line breaks allowed, no other control, zero-width or text-direction characters */
            note?: string | null;
            /** @enum {string} */
            type: "accompaniment";
        } | {
            /** @description Staff user id of who delivered it; the caller when absent */
            deliveredBy?: string;
            /**
             * Format: date
             * @description The day it was delivered, in the centre's calendar; not after today
             */
            deliveredOn: string;
            durationMinutes?: number | null;
            interpretation: {
                fromLanguage: string;
                toLanguage: string;
            };
            /** @description ISO 639 code of the language it was given in; for interpretation, toLanguage when absent */
            language?: string | null;
            /** @description 1 to 2000 characters once trimmed; line breaks allowed, no other control, zero-width or text-direction characters */
            note?: string | null;
            /** @enum {string} */
            type: "interpretation";
        } | {
            /** @description Staff user id of who delivered it; the caller when absent */
            deliveredBy?: string;
            /**
             * Format: date
             * @description The day it was delivered, in the centre's calendar; not after today
             */
            deliveredOn: string;
            durationMinutes?: number | null;
            /** @description ISO 639 code of the language it was given in; for interpretation, toLanguage when absent */
            language?: string | null;
            /** @description 1 to 2000 characters once trimmed; line breaks allowed, no other control, zero-width or text-direction characters */
            note?: string | null;
            other: {
                /** @description One line, 1 to 200 characters once trimmed; no control, zero-width or text-direction characters */
                description: string;
            };
            /** @enum {string} */
            type: "other";
        };
        ServiceDelivery: {
            accompaniment: {
                /** @enum {string} */
                office: "INM" | "SAT" | "IMSS" | "conciliation-centre" | "labour-court" | "COMAR" | "consulate" | "employment-service" | "civil-registry" | "other";
                /** @enum {string} */
                procedure: "visitor-card-application" | "visitor-card-renewal" | "tax-registration" | "social-security-registration" | "curp" | "labour-complaint" | "asylum-application" | "asylum-signing" | "consular-documents" | "birth-registration" | "job-placement" | "other";
            } | null;
            /** Format: uuid */
            caseId: string;
            /** @description Staff user id of who delivered it */
            deliveredBy: string;
            /** Format: date */
            deliveredOn: string;
            /** @description What an `other` service was */
            description: string | null;
            durationMinutes: number | null;
            /** Format: uuid */
            id: string;
            interpretation: {
                fromLanguage: string;
                toLanguage: string;
            } | null;
            /** @description ISO 639 code of the language it was given in */
            language: string | null;
            note: string | null;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: string;
            /** @enum {string} */
            type: "labour-rights-guidance" | "procedures-guidance" | "job-opportunities" | "accompaniment" | "interpretation" | "labour-justice-support" | "other";
            version: number;
            /** @description Set when the entry was a mistake: it stays in the history but no longer counts */
            voided: {
                /** Format: date-time */
                at: string;
                by: string;
                reason: string;
            } | null;
        };
        ServiceDeliveryPage: {
            items: components["schemas"]["ServiceDelivery"][];
            nextCursor: string | null;
        };
        Task: {
            /** @description Staff user id; null: the centre's, for anyone to take */
            assignee: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            cancelledBy: string | null;
            /** Format: uuid */
            caseId: string;
            /** Format: date-time */
            completedAt: string | null;
            completedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @description The instant, for a timed task; null for a task due on a day
             */
            dueAt: string | null;
            /**
             * Format: date
             * @description The day it is due, in the centre's time zone (a timed task's day)
             */
            dueOn: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "hearing" | "card-renewal" | "signing-appointment" | "call-back" | "document" | "other";
            /** @description Open and its due time has passed (the end of its day, or its instant) */
            overdue: boolean;
            /** @enum {string} */
            status: "open" | "done" | "cancelled";
            title: string;
            version: number;
        };
        /** @description Either a day (dueOn: due from the start of that day in the centre's time zone, overdue at its end) or an instant (dueAt: overdue once it passes) */
        TaskDue: {
            /** Format: date */
            dueOn: string;
        } | {
            /** Format: date-time */
            dueAt: string;
        };
        TimelineEntry: {
            /** Format: date-time */
            at: string;
            /** @description Staff user id of who did it, when known */
            by: string | null;
            /** @description The feature's own view of what happened */
            detail: {
                [key: string]: unknown;
            };
            /** @description Unique in the timeline: `<kind>:<id>` */
            id: string;
            /** @enum {string} */
            kind: "status" | "assignment" | "consent" | "service" | "labour-claim" | "task" | "note" | "transfer" | "referral";
        };
        TimelinePage: {
            items: components["schemas"]["TimelineEntry"][];
            nextCursor: string | null;
        };
        Transfer: components["schemas"]["OutgoingTransfer"] | components["schemas"]["IncomingTransfer"];
        TransferDecline: {
            /** @enum {string} */
            reason: "no-capacity" | "person-not-arrived" | "outside-services" | "other";
        };
        TransferPage: {
            items: components["schemas"]["Transfer"][];
            nextCursor: string | null;
        };
        TransferRequest: {
            /** @description Why, for the origin's own staff: never shown to the receiving centre nor sent in events. One line, 1 to 1000 characters once trimmed; no control, zero-width or text-direction characters */
            reason?: string | null;
            /** @description The centre asked to continue the case */
            toCentre: string;
        };
        WriteCaseNote: {
            /** @description 1 to 10000 characters once trimmed; line breaks allowed, no other control, zero-width or text-direction characters */
            body: string;
            /**
             * Format: uuid
             * @description The note this one corrects (notes never change)
             */
            corrects?: string;
            /**
             * @description centre: everyone at the centre; restricted: the author and coordinators
             * @enum {string}
             */
            visibility: "centre" | "restricted";
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
    getCases: {
        parameters: {
            query?: {
                /** @description 'me', 'none' (nobody holds it) or a staff user id */
                assignee?: string;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                flag?: ("child-protection" | "gender-based-violence" | "trafficking-forced-labour" | "urgent-basic-needs") | string;
                /** @description Only the case this intake opened or was attached to (the interview screen finds its case this way) */
                intake?: string;
                limit?: number;
                priority?: "normal" | "medium" | "high";
                /** @description newest or oldest opened first, or priority: most urgent first, longest waiting first within a priority */
                sort?: "newest" | "oldest" | "priority";
                status?: "open" | "active" | "closed";
                /** @description Cases with an open task due: before now, by the end of today or within 7 days (the centre's calendar) */
                taskDue?: "overdue" | "today" | "week";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cases */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Case"][];
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
    getCasesId: {
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
            /** @description The case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
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
    postCasesIdActivate: {
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
                    /** @description The version of the case you saw; another change since is a 409 CASE.VERSION_CONFLICT */
                    expectedVersion: number;
                };
            };
        };
        responses: {
            /** @description The case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
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
    putCasesIdAssignee: {
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
                    /** @description A staff user id, or null to leave the case to nobody */
                    assignee: string | null;
                    /** @description The version of the case you saw; another change since is a 409 CASE.VERSION_CONFLICT */
                    expectedVersion: number;
                };
            };
        };
        responses: {
            /** @description The case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
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
    postCasesIdClose: {
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
                    /** @description The version of the case you saw; another change since is a 409 CASE.VERSION_CONFLICT */
                    expectedVersion: number;
                    /** @enum {string} */
                    outcome: "resolved" | "referred" | "lost-contact" | "withdrawn" | "transferred";
                };
            };
        };
        responses: {
            /** @description Closed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Waiting for a coordinator's sign-off */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
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
    postCasesIdClosureReject: {
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
                    /** @description The version of the case you saw; another change since is a 409 CASE.VERSION_CONFLICT */
                    expectedVersion: number;
                };
            };
        };
        responses: {
            /** @description The case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
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
    postCasesIdClosureSignOff: {
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
                    /** @description The version of the case you saw; another change since is a 409 CASE.VERSION_CONFLICT */
                    expectedVersion: number;
                };
            };
        };
        responses: {
            /** @description The case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
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
    getCasesIdLabourClaims: {
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
            /** @description A page of claims */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabourClaimPage"];
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
    postCasesIdLabourClaims: {
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
                "application/json": components["schemas"]["RecordLabourClaim"];
            };
        };
        responses: {
            /** @description The claim */
            201: {
                headers: {
                    /** @description The claim */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabourClaim"];
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
    getCasesIdLabourClaimsClaimId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabourClaim"];
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
    patchCasesIdLabourClaimsClaimId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeLabourClaim"];
            };
        };
        responses: {
            /** @description The claim as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabourClaim"];
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
    postCasesIdLabourClaimsClaimIdHearings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddHearing"];
            };
        };
        responses: {
            /** @description The claim with the hearing */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabourClaim"];
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
    patchCasesIdLabourClaimsClaimIdHearingsHearingId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
                hearingId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordHearingOutcome"];
            };
        };
        responses: {
            /** @description The claim with the outcome */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabourClaim"];
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
    getCasesIdNotes: {
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
            /** @description A page of notes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseNotePage"];
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
    postCasesIdNotes: {
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
                "application/json": components["schemas"]["WriteCaseNote"];
            };
        };
        responses: {
            /** @description The note */
            201: {
                headers: {
                    /** @description The note */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseNote"];
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
    getCasesIdNotesNoteId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                noteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The note */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseNoteDetail"];
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
    postCasesIdReopen: {
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
                    /** @description The version of the case you saw; another change since is a 409 CASE.VERSION_CONFLICT */
                    expectedVersion: number;
                };
            };
        };
        responses: {
            /** @description The case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
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
    getCasesIdServices: {
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
            /** @description A page of services */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDeliveryPage"];
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
    postCasesIdServices: {
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
                "application/json": components["schemas"]["RecordService"];
            };
        };
        responses: {
            /** @description The logged service */
            201: {
                headers: {
                    /** @description The service entry */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDelivery"];
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
    postCasesIdServicesServiceIdVoid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description One line, 1 to 500 characters once trimmed; no control, zero-width or text-direction characters */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The voided entry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDelivery"];
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
    getCasesIdTasks: {
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
            /** @description Tasks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Task"][];
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
    postCasesIdTasks: {
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
                    /**
                     * @description Staff user id; null: the centre's, for anyone to take
                     * @default null
                     */
                    assignee?: string | null;
                    due: components["schemas"]["TaskDue"];
                    /** @enum {string} */
                    kind: "hearing" | "card-renewal" | "signing-appointment" | "call-back" | "document" | "other";
                    /** @description What to do; may name the person, so it stays in this service (never in events or logs) */
                    title: string;
                };
            };
        };
        responses: {
            /** @description The task */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
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
    getCasesIdTimeline: {
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
            /** @description A page of the timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePage"];
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
    postCasesIdTransfers: {
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
                "application/json": components["schemas"]["TransferRequest"];
            };
        };
        responses: {
            /** @description The transfer, waiting for the receiving centre */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transfer"];
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
    getTasks: {
        parameters: {
            query?: {
                /** @description me, none (the centre's unassigned tasks) or a staff user id; absent: everyone's */
                assignee?: "me" | "none" | string;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description overdue: open past its due time; today, week: due today or in the next seven days, in the centre's time zone */
                due?: "overdue" | "today" | "week";
                limit?: number;
                status?: "open" | "done" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tasks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Task"][];
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
    patchTasksTaskId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Staff user id; null: the centre's, for anyone to take */
                    assignee?: string | null;
                    due?: components["schemas"]["TaskDue"];
                    expectedVersion: number;
                    /** @description What to do; may name the person, so it stays in this service (never in events or logs) */
                    title?: string;
                };
            };
        };
        responses: {
            /** @description The task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
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
    postTasksTaskIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version you saw; a change made meanwhile is a 409 */
                    expectedVersion?: number;
                };
            };
        };
        responses: {
            /** @description The task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
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
    postTasksTaskIdComplete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version you saw; a change made meanwhile is a 409 */
                    expectedVersion?: number;
                };
            };
        };
        responses: {
            /** @description The task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
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
    getTransfers: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                direction?: "incoming" | "outgoing";
                limit?: number;
                status?: "requested" | "accepted" | "declined" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of transfers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferPage"];
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
    getTransfersId: {
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
            /** @description The transfer, as this centre may see it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transfer"];
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
    postTransfersIdAccept: {
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
            /** @description The accepted transfer, naming the new case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transfer"];
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
    postTransfersIdCancel: {
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
            /** @description The cancelled transfer (cancelReason origin-cancelled) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transfer"];
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
    postTransfersIdDecline: {
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
                "application/json": components["schemas"]["TransferDecline"];
            };
        };
        responses: {
            /** @description The declined transfer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transfer"];
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
