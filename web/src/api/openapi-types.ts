/**
 * Generated from shared/platform/http/openapi/openapi.json by web/generate-api-types.ts; do not edit.
 * After `npm run openapi`, run `npx tsx web/generate-api-types.ts` (a test fails while this file is stale).
 */
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness */
    get: operations['GET_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/openapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** This API description (OpenAPI 3.1) */
    get: operations['GET_openapi_json'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iop/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Cases the caller may see
     * @description Parties see their organisation's cases; decision-makers the cases awaiting decision (oldest first); admins all.
     */
    get: operations['GET_iop_cases'];
    put?: never;
    /**
     * Initiate an IOP case
     * @description Healthcare or civil users start a case for their organisation; the pre-check runs at once and each result carries its reason.
     */
    post: operations['POST_iop_cases'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iop/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One case: stage, plain-language status in Swedish and English, version, parties, draft, deadlines */
    get: operations['GET_iop_cases_id'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iop/cases/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The events of the case, oldest first, with who, when and the plain-language text, a page at a time
     * @description `limit` changes per page (default 50, at most 200); pass the answer's `next` as `after` for the next page.
     */
    get: operations['GET_iop_cases_id_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iop/cases/{id}/meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every recorded meeting of the case with its notes, oldest first, a page at a time (the case shows the newest) */
    get: operations['GET_iop_cases_id_meetings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iop/cases/{id}/drafts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every earlier version of the draft agreement, oldest first, a page at a time (the case shows the newest) */
    get: operations['GET_iop_cases_id_drafts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iop/cases/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Act on a case (accept-invitation, record-meeting, revise-draft, consent, decide, sign, review-decision, withdraw, …)
     * @description An action that does not fit the stage is 409 naming the stage; a stale expectedVersion is 409; an answer after its deadline is 410. The case's `allowedActions` lists what the caller may do now.
     */
    post: operations['POST_iop_cases_id_actions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/iop': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The public register of IOP agreements in force (no personal data) */
    get: operations['GET_public_iop'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iop/cases/{id}/agreement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The case's agreement as a document: its plain-language summary, its sections, signatures and what an amendment changed
     * @description The latest version unless `version` is given; Swedish unless `lang=en`. 404 before the agreement is generated.
     */
    get: operations['GET_iop_cases_id_agreement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iop/cases/{id}/agreement.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The same agreement document as a PDF, named by the case and the version */
    get: operations['GET_iop_cases_id_agreement_pdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iop/cases/{id}/reviews/{number}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One review of the agreement: each organisation's report, each party's position, the reflection on the six principles and the decision */
    get: operations['GET_iop_cases_id_reviews_number'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The registered notices, newest first (procurement staff and bidders), a page at a time
     * @description `limit` notices per page (default 50, at most 100); a page also ends before it would pass 1 MB. When `more`, pass the answer's `next` as `after` for the next page.
     */
    get: operations['GET_procurement_notices'];
    put?: never;
    /**
     * Register a notice (with lots); its matches are computed from the change, just after the answer
     * @description CPV 2008 and Swedish NUTS codes are checked against the code lists (400 naming the field); impossible values such as lots that do not add up, a deadline in the past or a 19 kap. 25 § reservation outside its CPV list are 422.
     */
    post: operations['POST_procurement_notices'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/notices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One notice with its lots */
    get: operations['GET_procurement_notices_id'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/notices/{id}/matches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The buyer's reach view: bidders reached and nearly reached (with their one blocker), per lot
     * @description Each lot lists its best-scored bidders and counts them all (`reachedTotal`, `nearMissedTotal`, `truncated`); `limit` stored matches are listed (default 50, at most 200) of `matchesTotal`.
     */
    get: operations['GET_procurement_notices_id_matches'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/notices/{id}/what-if': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reach before and after a change (split into lots, reserve, add or change a CPV code), and which bidders change
     * @description A split that would make more than 100 lots (the most a notice may have) is 422 naming `lotValueSek`. Lots list their best-scored bidders as in the reach view; gained, lost and resolved list at most 100 each, with their totals and `truncated`.
     */
    post: operations['POST_procurement_notices_id_what_if'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/notices/{id}/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The notice's questions and answers, the same for every bidder (the asker is not named) */
    get: operations['GET_procurement_notices_id_questions'];
    put?: never;
    /**
     * Ask the buyer a question about the notice; question and answer are published to every bidder
     * @description Asked at least ten days before the tender deadline, it is answered at the latest six days before it (LOU 12 kap. 11 §). A closed notice takes no questions (422).
     */
    post: operations['POST_procurement_notices_id_questions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/notices/{id}/questions/{questionId}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Answer a question about the notice (the buyer's staff); every bidder of the notice is told
     * @description An answer is published once and not changed (409 for a second one); after the tender deadline nothing is answered (422).
     */
    post: operations['POST_procurement_notices_id_questions_questionId_answer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/tender-schools': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tender schools of the caller's public body, earliest first */
    get: operations['GET_procurement_tender_schools'];
    put?: never;
    /**
     * Arrange a tender school (anbudsskola) about one or more of the body's open notices, and invite bidders of their reach view
     * @description A place or an https link (or both) is required (400). A time in the past or after a notice's tender deadline, a notice of another body or a closed one, and a bidder the notices neither match nor nearly match are 422, each naming its field. Invited bidders are told at once.
     */
    post: operations['POST_procurement_tender_schools'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/tender-schools/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One tender school: for the buyer's staff with every invitation, for an invited bidder with its own
     * @description Unknown (404) to procurement staff of another body and to bidders not invited.
     */
    get: operations['GET_procurement_tender_schools_id'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/tender-schools/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who did what with the tender school, oldest first */
    get: operations['GET_procurement_tender_schools_id_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/tender-schools/{id}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Invite more bidders of the notices' reach view (matched or nearly matched) while the school is ahead
     * @description Those already invited are left as they are; only the new ones are told. A stale expectedVersion is 409, a cancelled school 409.
     */
    post: operations['POST_procurement_tender_schools_id_invitations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/tender-schools/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a tender school before it starts, with a reason every invited bidder is told */
    post: operations['POST_procurement_tender_schools_id_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/tender-schools/{id}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record who attended (attended or absent per invited bidder), once the school has started
     * @description Before the start it is 422; a bidder that was not invited is 422 naming its line.
     */
    post: operations['POST_procurement_tender_schools_id_attendance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/tender-schools/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The invited bidder answers whether it comes; it may change its answer until the start */
    post: operations['POST_procurement_tender_schools_id_answer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bidders/{orgId}/tender-schools': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tender schools the bidder (the caller's own organisation) is invited to, with its answer and attendance */
    get: operations['GET_bidders_orgId_tender_schools'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bidders/{orgId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A bidder profile (own organisation, or procurement staff) */
    get: operations['GET_bidders_orgId'];
    /**
     * Create or change a bidder profile (own organisation); its matches are recomputed from the change, just after the answer
     * @description Only a civil user of the organisation itself writes its profile; procurement staff read it.
     */
    put: operations['PUT_bidders_orgId'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bidders/{orgId}/matches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ranked notices and lots for a bidder, each with the reasons behind its score; near-misses with their blocker */
    get: operations['GET_bidders_orgId_matches'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/matches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Match cases the caller may see
     * @description Procurement staff see every open case; others see the cases of their organisation's bidding or consortium. At most `limit` cases (default 50, at most 100), stage by stage, and fewer than 1 MB; `more` says some were left out: ask by `stage`.
     */
    get: operations['GET_procurement_matches'];
    put?: never;
    /** Start a match case (a bidder pursues a match, or procurement staff invite one) */
    post: operations['POST_procurement_matches'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/matches/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One match case with its status in Swedish and English */
    get: operations['GET_procurement_matches_id'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/matches/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The events of the match case, oldest first, a page at a time
     * @description `limit` events per page (default 50, at most 200); pass the answer's `next` as `after` for the next page.
     */
    get: operations['GET_procurement_matches_id_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/matches/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Act on a match case (questions and answers, tender, award, standstill, appeal, contract, follow-up)
     * @description An action that does not fit the stage is 409 naming the stage; a stale expectedVersion is 409; an action of the other party is 403; a broken rule of the Public Procurement Act is 422. A case the caller may not see is 404. The case's `allowedActions` lists what the caller may do now.
     */
    post: operations['POST_procurement_matches_id_actions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/ocds/{noticeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The notice as an OCDS 1.1.5 release package with the lots extension (open data) */
    get: operations['GET_procurement_ocds_noticeId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The caller's inbox, newest first, with the number of unread items
     * @description `limit` per page (default 20, at most 100); pass the answer's `next` as `after` for the next page.
     */
    get: operations['GET_me_notifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Marks one item of the inbox read (again: no change) */
    post: operations['POST_me_notifications_id_read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/notification-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How the caller is told: e-mail at once, in the daily digest or both, and in which language */
    get: operations['GET_me_notification_preferences'];
    /** Changes how the caller is told */
    put: operations['PUT_me_notification_preferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search the organisation registry by name, kind, region or public body
     * @description `q` matches words of the name (case and å/ä/ö aside) or the organisation number; at most `limit` entries, `more` when others match.
     */
    get: operations['GET_organisations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One organisation: its organisation number, legal form, checked statutes, Kammarkollegiet registration, members or units */
    get: operations['GET_organisations_id'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register a unit of your public body, or an idéburen organisation */
    post: operations['POST_admin_organisations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/organisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change an organisation of your public body, or an idéburen organisation (expectedVersion required) */
    put: operations['PUT_admin_organisations_id'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The users of your public body and its units */
    get: operations['GET_admin_users'];
    put?: never;
    /**
     * Invite a person by e-mail with a role and an organisation of your public body
     * @description In AWS the person gets an e-mail from the user pool with a temporary password; locally the account appears on the sign-in page.
     */
    post: operations['POST_admin_users'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/users/{sub}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change a user's role, or disable or enable their account */
    put: operations['PUT_admin_users_sub'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your public body's audit log, newest first: who changed what, when, before and after
     * @description Pass the answer's `next` as `before` for the next page.
     */
    get: operations['GET_admin_audit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/bodies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The public bodies one can start an IOP with, by name (their way in is under /public/bodies/{id})
     * @description From the organisation registry: name, kind (region or municipality) and region only; no person is named here.
     */
    get: operations['GET_public_bodies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/bodies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How to start an IOP with a public body: whom to contact, and its units */
    get: operations['GET_public_bodies_id'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/bodies/{id}/interest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send an intresseanmälan: an idea for a partnership, before any formal initiation
     * @description The body's contact receives it; its healthcare staff and administrators read it under GET /interest.
     */
    post: operations['POST_public_bodies_id_interest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/interest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Intresseanmälningar sent to your public body, newest first */
    get: operations['GET_interest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/overview/{publicBody}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The yearly follow-up overview of a public body, for its own staff and approvers
     * @description IOPs by stage and area, contributions per year, reviews done, due and overdue, outcomes, agreements ending, procurement reach. Another body answers 404.
     */
    get: operations['GET_overview_publicBody'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/overview/{publicBody}/overview.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The yearly follow-up overview as CSV (the tables of the page, row for row) */
    get: operations['GET_overview_publicBody_overview_csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/overview/{publicBody}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The yearly follow-up overview of a public body, for anyone (no personal data) */
    get: operations['GET_public_overview_publicBody'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/overview/{publicBody}/overview.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The public yearly follow-up overview as CSV */
    get: operations['GET_public_overview_publicBody_overview_csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/register.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The public register of IOP agreements in force, searchable and filtered, with public money per year, follow-up and summary */
    get: operations['GET_public_register_json'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/register.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The public register as CSV, the same rows as register.json with the same filters */
    get: operations['GET_public_register_csv'];
    put?: never;
    post?: never;
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
    NotificationPreferenceInput: {
      /**
       * @description both: material changes at once and the rest in the daily digest; material-at-once: no digest; digest-only: one e-mail a day with everything
       * @enum {string}
       */
      emailDelivery: 'both' | 'material-at-once' | 'digest-only';
      /** @enum {string} */
      language: 'sv' | 'en';
    };
    Problem: {
      type: string;
      title: string;
      status: number;
      detail?: string;
      text?: {
        sv: string;
        en: string;
      };
      instance?: string;
      correlationId?: string;
      errors?: {
        path: string;
        message: string;
        text?: {
          sv: string;
          en: string;
        };
      }[];
    };
    IopCase: {
      id: string;
      reference: string;
      title: string;
      stage: components['schemas']['IopStage'];
      /** @description The region or municipality the case belongs to (that of its healthcare unit) */
      publicBody?: string;
      status: components['schemas']['Status'];
      /** @description Send it back as expectedVersion with the next action */
      version: number;
      /** @description The actions the caller may take now (the API still judges each one) */
      allowedActions: components['schemas']['IopActionType'][];
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      updatedAt: string;
      parties: components['schemas']['IopParty'][];
      precheck: components['schemas']['PrecheckResult'][];
      draft: components['schemas']['IopDraft'];
      /** @description The newest earlier versions; all of them at /drafts */
      draftHistory: components['schemas']['IopDraft'][];
      draftHistoryCount: number;
      /** @description orgId → the draft version it consented to */
      consents: {
        [key: string]: number;
      };
      /** @description The newest meetings; all of them at /meetings */
      meetings: components['schemas']['IopMeeting'][];
      meetingCount: number;
      consultation?: {
        question: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        deadline: string;
        responders: {
          orgId: string;
          name: string;
        }[];
        responses: {
          orgId: string;
          response: string;
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          at: string;
          jointWith?: string[];
        }[];
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        startedAt: string;
        extensions?: {
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          previousDeadline: string;
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          deadline: string;
          reason?: string;
          by: string;
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          at: string;
        }[];
        closed?: {
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          at: string;
          /** @enum {string} */
          how: 'deadline' | 'all-answered' | 'early';
          reason?: string;
          answered: string[];
          unanswered: string[];
        };
        handling?: {
          text: string;
          by: string;
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          at: string;
        };
      };
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      approvalRequestedAt?: string;
      decisions: {
        /** @enum {string} */
        decision: 'approve' | 'reject' | 'return';
        motivation: string;
        diarienummer: string;
        checklist?: {
          localGovernmentActAndPriorities: {
            met: boolean;
            motivation: string;
          };
          complementsPublicOffering: {
            met: boolean;
            motivation: string;
          };
          stateAid: {
            met: boolean;
            motivation: string;
            /** @enum {string} */
            basis: 'no-aid' | 'de-minimis' | 'sgei';
          };
          notPublicContract: {
            met: boolean;
            motivation: string;
          };
          coFinancingDocumented: {
            met: boolean;
            motivation: string;
          };
          noOtherRegionalFunding: {
            met: boolean;
            motivation: string;
          };
        };
        decidedBy: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        at: string;
      }[];
      /** @description The latest generated agreement (perhaps an amendment still being signed) */
      agreement?: components['schemas']['IopAgreement'];
      agreementInForce?: components['schemas']['IopAgreement'];
      amending: boolean;
      reviews: {
        number: number;
        final: boolean;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        openedAt: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        dueAt?: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        overdueAt?: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        closedAt?: string;
        reports: {
          activities: string;
          reach: number;
          outcomes: string;
          moneyUsedSek: number;
          inKindUsedSek: number;
          submittedBy: string;
          orgId: string;
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          at: string;
        }[];
        positions?: {
          orgId: string;
          /** @enum {string} */
          position: 'continue' | 'revise' | 'terminate' | 'renew' | 'close' | 'abstain';
          statement: string;
          by: string;
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          at: string;
        }[];
        reflection?: {
          principles: {
            independence: string;
            dialogue: string;
            quality: string;
            longTerm: string;
            openness: string;
            diversity: string;
          };
          orgId: string;
          by: string;
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          at: string;
        };
        decision?: {
          /** @enum {string} */
          decision: 'continue' | 'revise' | 'terminate' | 'renew' | 'close';
          motivation: string;
          decidedBy: string;
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          at: string;
        };
      }[];
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      reviewsScheduledAt?: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      termEndScheduledAt?: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      endsAt?: string;
      /** @enum {string} */
      ending?: 'terminate' | 'close' | 'renew';
      endReason?: string;
      deadlines: {
        [key: string]: {
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          dueAt: string;
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          remindedAt?: string;
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          escalatedAt?: string;
        };
      };
      flags: {
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        stalled?: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        overdue?: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        invitationsLapsed?: string;
        needsAttention?: {
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          at: string;
          error: string;
        };
      };
      renews?: string;
      renewedBy?: string;
      /** @description Each civil party's state aid across its cases, while the case is in dialogue or approval */
      stateAid?: {
        orgId: string;
        name: string;
        window: {
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          from: string;
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          to: string;
        };
        totalSek: number;
        totalEur: number;
        lines: {
          reference?: string;
          title?: string;
          sek: number;
          eur: number;
          sekPerEur: number;
          rateYear: number;
          thisCase: boolean;
        }[];
        deMinimis: {
          ceilingEur: number;
          share: number;
          /** @enum {string} */
          level: 'ok' | 'approaching' | 'over';
        };
        sgei: {
          ceilingEur: number;
          share: number;
          /** @enum {string} */
          level: 'ok' | 'approaching' | 'over';
        };
        rateSource: string;
      }[];
    };
    /** @enum {string} */
    IopStage: 'initiation' | 'dialogue' | 'approval' | 'agreement' | 'review' | 'closed' | 'rejected' | 'withdrawn';
    Status: {
      headline: components['schemas']['LocalizedText'];
      next: components['schemas']['LocalizedText'];
      whoActs: {
        orgs: string[];
        roles: string[];
        label: components['schemas']['LocalizedText'];
      };
      dueAt: string | null;
    };
    LocalizedText: {
      sv: string;
      en: string;
    };
    /** @enum {string} */
    IopActionType:
      | 'accept-invitation'
      | 'decline-invitation'
      | 'record-meeting'
      | 'revise-draft'
      | 'consent'
      | 'start-consultation'
      | 'respond-consultation'
      | 'extend-consultation'
      | 'record-consultation-handling'
      | 'request-decision'
      | 'decide'
      | 'sign'
      | 'submit-review-report'
      | 'review-decision'
      | 'withdraw'
      | 'record-review-position'
      | 'record-review-reflection'
      | 'give-notice';
    IopParty: {
      orgId: string;
      name: string;
      /** @enum {string} */
      side: 'public' | 'civil';
      criteria?: {
        solePublicBenefitPurpose: boolean;
        publicBodyControllingInfluence: boolean;
        assetsToNonProfitOnDissolution: boolean;
        /** @default false */
        isFoundation: boolean;
        kammarkollegietRegistration?: {
          registrationNumber: string;
          /** Format: date */
          registeredAt: string;
        };
      };
      /** @enum {string} */
      invitation: 'initiator' | 'pending' | 'accepted' | 'declined' | 'lapsed' | 'withdrawn';
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      answeredAt?: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      leftAt?: string;
    };
    PrecheckResult: {
      /** @enum {string} */
      check: 'ideburen' | 'co-financing' | 'duration' | 'purchase-like' | 'budget';
      /** @enum {string} */
      outcome: 'pass' | 'warn' | 'fail';
      reason: components['schemas']['LocalizedText'];
      orgId?: string;
      path?: string;
    };
    IopDraft: {
      version: number;
      purpose: string;
      targetGroup: string;
      activities: string[];
      contributions: {
        [key: string]: {
          /** @default 0 */
          moneySekPerYear: number;
          /** @default 0 */
          inKindSekPerYear: number;
          inKindDescription?: string;
        };
      };
      budgetPerYearSek: number;
      /** Format: date */
      plannedStart: string;
      durationMonths: number;
      governance: string;
      followUp: string;
      noticeMonths: number;
      authoredBy: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      at: string;
      summary?: string;
    };
    IopMeeting: {
      number: number;
      /** Format: date */
      date: string;
      participants: string[];
      notes: string;
      recordedBy: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      recordedAt: string;
    };
    IopAgreement: {
      version: number;
      basedOnDraftVersion: number;
      title: string;
      parties: {
        orgId: string;
        name: string;
        /** @enum {string} */
        side: 'public' | 'civil';
      }[];
      purpose: string;
      targetGroup: string;
      activities: string[];
      contributions: {
        [key: string]: {
          /** @default 0 */
          moneySekPerYear: number;
          /** @default 0 */
          inKindSekPerYear: number;
          inKindDescription?: string;
        };
      };
      budgetPerYearSek: number;
      governance: string;
      followUp: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      termStart: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      termEnd: string;
      noticeMonths: number;
      amendmentClause: components['schemas']['LocalizedText'];
      disputeClause: components['schemas']['LocalizedText'];
      diarienummer: string;
      signatures: {
        [key: string]: {
          signedBy: string;
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          at: string;
        };
      };
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      activeSince?: string;
    };
    IopCaseSummary: {
      id: string;
      reference: string;
      title: string;
      stage: components['schemas']['IopStage'];
      status: components['schemas']['Status'];
      version: number;
      parties: {
        orgId: string;
        name: string;
        /** @enum {string} */
        side: 'public' | 'civil';
        /** @enum {string} */
        invitation: 'initiator' | 'pending' | 'accepted' | 'declined' | 'lapsed' | 'withdrawn';
      }[];
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      updatedAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      approvalRequestedAt?: string;
      deadlines: {
        [key: string]: {
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          dueAt: string;
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          remindedAt?: string;
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          escalatedAt?: string;
        };
      };
      flags: {
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        stalled?: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        overdue?: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        invitationsLapsed?: string;
        needsAttention?: {
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          at: string;
          error: string;
        };
      };
    };
    TimelineEntry: {
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      at: string;
      actor: {
        sub: string;
        name: string;
        org: string;
        role: string;
        actingFor?: {
          umbrella: string;
          umbrellaName: string;
          memberName: string;
        };
      };
      /** @description Machine-readable, e.g. "consent-given" */
      type: string;
      text: components['schemas']['LocalizedText'];
      /** @description Material changes are notified at once; the rest go in the digest */
      material: boolean;
      data?: {
        [key: string]: unknown;
      };
    };
    IopRegisterEntry: {
      title: string;
      parties: {
        orgId: string;
        name: string;
        /** @enum {string} */
        side: 'public' | 'civil';
      }[];
      purpose: string;
      targetGroup: string;
      activities: string[];
      contributions: {
        [key: string]: {
          /** @default 0 */
          moneySekPerYear: number;
          /** @default 0 */
          inKindSekPerYear: number;
          inKindDescription?: string;
        };
      };
      budgetPerYearSek: number;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      termStart: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      termEnd: string;
      diarienummer: string;
      reference: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      endsAt?: string;
      renews?: string;
    };
    AgreementDocument: {
      /** @enum {string} */
      lang: 'sv' | 'en';
      caseId: string;
      reference: string;
      title: string;
      heading: string;
      version: number;
      versionText: string;
      /** @enum {string} */
      state: 'awaiting-signatures' | 'in-force' | 'superseded' | 'ended';
      stateText: string;
      basedOnDraftVersion: number;
      diarienummer: string;
      summaryHeading: string;
      summary: string[];
      sections: {
        /** @enum {string} */
        id: 'parties' | 'purpose' | 'activities' | 'contributions' | 'budget' | 'governance' | 'followUp' | 'term' | 'notice' | 'amendment' | 'dispute';
        heading: string;
        paragraphs: string[];
        list?: string[];
        table?: {
          columns: string[];
          rows: string[][];
        };
      }[];
      signaturesHeading: string;
      signatures: {
        organisation: string;
        signed: boolean;
        signer?: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        at?: string;
        atText?: string;
        version: number;
        line: string;
      }[];
      changes?: {
        heading: string;
        since: number;
        beforeText: string;
        afterText: string;
        items: {
          /** @enum {string} */
          field:
            | 'parties'
            | 'purpose'
            | 'targetGroup'
            | 'activities'
            | 'contributions'
            | 'budgetPerYearSek'
            | 'governance'
            | 'followUp'
            | 'term'
            | 'noticeMonths';
          label: string;
          before: string;
          after: string;
        }[];
      };
      versions: {
        version: number;
        /** @enum {string} */
        state: 'awaiting-signatures' | 'in-force' | 'superseded' | 'ended';
        stateText: string;
      }[];
      pdfPath: string;
    };
    ReviewReport: {
      caseId: string;
      reference: string;
      title: string;
      number: number;
      final: boolean;
      name: components['schemas']['LocalizedText'];
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      openedAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      dueAt?: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      closedAt?: string;
      reports: {
        organisation: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        at: string;
        activities: string;
        reach: number;
        outcomes: string;
        moneyUsedSek: number;
        inKindUsedSek: number;
      }[];
      awaiting: string[];
      positions: {
        organisation: string;
        /** @enum {string} */
        position: 'continue' | 'revise' | 'terminate' | 'renew' | 'close' | 'abstain';
        positionText: components['schemas']['LocalizedText'];
        statement: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        at: string;
      }[];
      reflection?: {
        organisation: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        at: string;
        principles: {
          /** @enum {string} */
          principle: 'independence' | 'dialogue' | 'quality' | 'longTerm' | 'openness' | 'diversity';
          name: components['schemas']['LocalizedText'];
          text: string;
        }[];
      };
      decision?: {
        /** @enum {string} */
        decision: 'continue' | 'revise' | 'terminate' | 'renew' | 'close';
        decisionText: components['schemas']['LocalizedText'];
        motivation: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        at: string;
      };
    };
    NoticeLot: {
      id: string;
      title: string;
      description?: string;
      /** @description Whole kronor */
      valueSek: number;
      cpv: {
        /** @description CPV 2008, 8 digits without the check digit */
        main: string;
        additional: string[];
      };
      durationMonths: number;
      /** @description The lot's regions when narrower than the notice's */
      nuts?: string[];
    };
    MatchingStatus: {
      /** @description The matches are being recomputed after a change; the view shows the ones from before until then */
      updating: boolean;
      /**
       * Format: date-time
       * @description When the matches were last recomputed (absent before the first time)
       */
      updatedAt?: string;
    };
    Notice: {
      id: string;
      buyer: {
        orgId: string;
        unit: string;
      };
      title: string;
      description: string;
      cpv: {
        /** @description CPV 2008, 8 digits without the check digit */
        main: string;
        additional: string[];
      };
      /** @description The name of each CPV code of the notice and its lots */
      cpvLabels?: {
        /** @description CPV 2008, 8 digits without the check digit */
        code: string;
        label: components['schemas']['LocalizedText'];
      }[];
      nuts: string[];
      /** @description Whole kronor */
      estimatedValueSek: number;
      durationMonths: number;
      /** @enum {string} */
      procedure: 'open' | 'restricted' | 'negotiated' | 'simplified' | 'direct-award';
      framework: boolean;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      deadline: string;
      /** @description The tender deadline has passed: no new match cases or questions */
      closed: boolean;
      /** @description Empty when the notice is bought as a whole */
      lots: components['schemas']['NoticeLot'][];
      maxLotsBidPerSupplier?: number;
      maxLotsAwardedPerSupplier?: number;
      /**
       * @description LOU 4 kap. 18 § (res-ws), 19 kap. 25 § (res-pub-ser), or none
       * @enum {string}
       */
      reservation: 'none' | 'res-ws' | 'res-pub-ser';
      /** @description LOU 19 kap. 25 a § */
      reservedForIdeburna: boolean;
      socialObjectives: string[];
      socialClauses: {
        objective?: string;
        text: string;
      }[];
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      updatedAt: string;
    };
    MatchBlocker: {
      /** @enum {string} */
      kind: 'deadline-passed' | 'region-not-served' | 'not-eligible-for-reservation' | 'beyond-capacity';
      text: components['schemas']['LocalizedText'];
    };
    Match: {
      noticeId: string;
      /** @description "whole" when the notice has no lots */
      lotId: string;
      orgId: string;
      bidderName: string;
      /** @enum {string} */
      kind: 'match' | 'near-miss';
      score: number;
      /** @description The shares sum to 1 */
      reasons: {
        /** @enum {string} */
        kind: 'cpv' | 'text' | 'region' | 'capacity' | 'reservation' | 'social-objectives';
        /** @description This reason's part of the score */
        share: number;
        fit: number;
        text: components['schemas']['LocalizedText'];
      }[];
      cpv: {
        /** @description CPV 2008, 8 digits without the check digit */
        noticeCode: string;
        /** @description CPV 2008, 8 digits without the check digit */
        bidderCode: string;
        /** @description Shared prefix digits: 2 division, 3 group, 4 class, 5 category, 8 the same code */
        depth: number;
        /** @enum {string} */
        level: 'division' | 'group' | 'class' | 'category' | 'full';
        /** @description The shared part of the hierarchy, division first */
        path: {
          /** @description CPV 2008, 8 digits without the check digit */
          code: string;
          label: components['schemas']['LocalizedText'];
        }[];
      };
      matchedWords: string[];
      /** @description Empty for a match; exactly one for a near-miss */
      blockers: components['schemas']['MatchBlocker'][];
      title: string;
      lotTitle: string | null;
      /** @description Whole kronor */
      valueSek: number;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      deadline: string;
    };
    WhatIfResult: {
      change:
        | {
            /** @constant */
            kind: 'split-into-lots';
            /** @description Whole kronor */
            lotValueSek: number;
            breakdown?:
              | {
                  /** @constant */
                  by: 'region';
                }
              | {
                  /** @constant */
                  by: 'lot-size';
                  bandsSek: number[];
                };
          }
        | {
            /** @constant */
            kind: 'reserve';
            /** @enum {string} */
            reservation: 'res-ws' | 'res-pub-ser' | 'ideburna';
            breakdown?:
              | {
                  /** @constant */
                  by: 'region';
                }
              | {
                  /** @constant */
                  by: 'lot-size';
                  bandsSek: number[];
                };
          }
        | {
            /** @constant */
            kind: 'set-cpv';
            /** @description CPV 2008, 8 digits without the check digit */
            main?: string;
            add: string[];
            lotId?: string;
            breakdown?:
              | {
                  /** @constant */
                  by: 'region';
                }
              | {
                  /** @constant */
                  by: 'lot-size';
                  bandsSek: number[];
                };
          };
      before: components['schemas']['NoticeReach'];
      after: components['schemas']['NoticeReach'];
      /** @description Bidders reached after the change but not before (at most 100, by orgId) */
      gained: string[];
      gainedTotal: number;
      /** @description Bidders reached before but not after (a reservation can exclude some; at most 100, by orgId) */
      lost: string[];
      lostTotal: number;
      /** @description Near-misses before that the change turns into matches (at most 100, by orgId) */
      nearMissesResolved: string[];
      nearMissesResolvedTotal: number;
      /** @description Some list here (of a lot before or after, or of bidders) is shorter than its total */
      truncated: boolean;
      breakdown?: components['schemas']['WhatIfBreakdown'];
    };
    NoticeReach: {
      noticeId: string;
      /** @description Distinct bidders reached by at least one lot */
      reachedCount: number;
      /** @description Distinct bidders nearly reached by some lot and reached by none */
      nearMissedCount: number;
      lots: {
        lotId: string;
        lotTitle: string | null;
        /** @description Best score first; the best ones only when `reachedTotal` is more */
        reached: {
          orgId: string;
          name: string;
          score: number;
        }[];
        /** @description Bidders this lot reaches, listed or not */
        reachedTotal: number;
        /** @description Best score first, each with the one thing in the way; the best ones only when `nearMissedTotal` is more */
        nearMissed: {
          orgId: string;
          name: string;
          score: number;
          blocker: components['schemas']['MatchBlocker'];
        }[];
        /** @description Bidders this lot nearly reaches, listed or not */
        nearMissedTotal: number;
      }[];
      /** @description Some lot lists fewer bidders than it counts: each lot lists at most 25 of each kind, and 250 of each kind are shared among the lots (at least 2 each) */
      truncated: boolean;
    };
    WhatIfBreakdown: {
      /** @enum {string} */
      by: 'region' | 'lot-size';
      groups: {
        /** @description NUTS code, or `<from>-<to>` SEK a year */
        key: string;
        name?: components['schemas']['LocalizedText'];
        /** @description Whole kronor */
        fromSek?: number;
        /** @description Whole kronor */
        toSek?: number;
        before: number;
        after: number;
        gained: number;
        lost: number;
      }[];
    };
    NoticeQuestion: {
      /** @description Name it in the answer path */
      id: string;
      /** @description 1 for the first question of the notice, in the order they were asked */
      number: number;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      askedAt: string;
      text: string;
      /** @description Asked at least ten days before the tender deadline: an answer is owed six days before it */
      inGoodTime: boolean;
      /** @description The latest the answer may come (LOU 12 kap. 11 §, 19 kap. 28 §); null for a late question */
      answerDueAt: string | null;
      answer: {
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        at: string;
        text: string;
      } | null;
      /** @description Whether the reader's own organisation asked it (nobody else learns who asked) */
      askedByYou: boolean;
    };
    TenderSchool: {
      id: string;
      reference: string;
      version: number;
      title: string;
      description: string | null;
      /** @description The name of the buying organisation */
      organiser: string;
      /**
       * Format: date-time
       * @description Shown in Swedish time
       */
      startsAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      endsAt: string;
      place: string | null;
      /** @description An https address */
      onlineLink: string | null;
      notices: {
        id: string;
        title: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        deadline: string;
      }[];
      /**
       * @description Held once its start has passed
       * @enum {string}
       */
      phase: 'upcoming' | 'held' | 'cancelled';
      cancelled: {
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        at: string;
        reason: string;
      } | null;
      status: components['schemas']['Status'];
      /** @description Every invitation for the buyer's staff; only its own for an invited bidder */
      invitations: components['schemas']['TenderSchoolInvitation'][];
      /** @description The reader's own organisation's invitation; null for the buyer's staff */
      yourInvitation: components['schemas']['TenderSchoolInvitation'] | null;
      /** @description Over the invitations listed */
      counts: {
        invited: number;
        coming: number;
        notComing: number;
        unanswered: number;
        attended: number;
        absent: number;
      };
      /** @description What the reader may do now */
      allowedActions: ('invite' | 'cancel' | 'record-attendance' | 'answer')[];
    };
    TenderSchoolInvitation: {
      /** @description The bidder organisation, for recording its attendance */
      orgId: string;
      name: string;
      /**
       * @description How the school's notices reach the bidder: matched, or nearly (one blocker)
       * @enum {string}
       */
      reach: 'match' | 'near-miss';
      /** @description The notices of the school that reach the bidder */
      noticeIds: string[];
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      invitedAt: string;
      /** @description Null until the bidder answers */
      answer: {
        coming: boolean;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        at: string;
      } | null;
      /** @description Recorded by the buyer after the school; null until then */
      attendance: ('attended' | 'absent') | null;
    };
    BidderProfile: {
      orgId: string;
      name: string;
      description: string;
      cpv: string[];
      regions: string[];
      /** @description Largest contract value per year the organisation can carry */
      capacitySekPerYear: number;
      staff: number;
      /** @description Share of employees with disabilities or otherwise disadvantaged (LOU 4 kap. 18 §) */
      disadvantagedShare: number;
      /** @description Idéburen organisation (LOU 19 kap. 25 a §, Act 2022:900) */
      ideburen: boolean;
      consortiumWilling: boolean;
      socialObjectives: string[];
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      updatedAt: string;
    };
    MatchCase: {
      id: string;
      reference: string;
      noticeId: string;
      /** @description "whole" when the notice has no lots */
      lotId: string;
      noticeTitle: string;
      buyerOrgId: string;
      /** @description The buyer's name in the organisation registry */
      buyerName?: string;
      bidderOrgId: string;
      /** @description The bidder's name, from its profile or the organisation registry */
      bidderName?: string;
      /** @description The organisations the bidder named for a consortium */
      consortiumOrgIds: string[];
      /** @description Those that accepted: only they read the case */
      consortiumAccepted: string[];
      /** @enum {string} */
      initiatedBy: 'bidder' | 'procurement';
      stage: components['schemas']['MatchStage'];
      status: components['schemas']['Status'];
      /** @description Send it back as expectedVersion with the next action */
      version: number;
      /** @description The actions the caller may take now (the API still judges each one; the workflow's own steps are not listed) */
      allowedActions: components['schemas']['MatchActionType'][];
      /** @description A direct award has no standstill */
      directAward: boolean;
      /** @enum {string} */
      reservation: 'none' | 'res-ws' | 'res-pub-ser';
      reservedForIdeburna: boolean;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      tenderDeadline: string;
      tenderSchool: {
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        at: string;
      } | null;
      tenderSubmittedAt: string | null;
      evaluation: {
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        at: string;
        note: string;
      } | null;
      award: {
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        decidedAt: string;
        /** @enum {string} */
        outcome: 'awarded' | 'not-awarded' | 'cancelled';
        sentElectronically: boolean;
        /** @description Avtalsspärr (LOU 20 kap. 1 §); null for a direct award */
        standstill: {
          /**
           * Format: date
           * @description The last day of the period (Swedish calendar)
           */
          lastDay: string;
          /**
           * Format: date-time
           * @description The first instant after it: the contract may be concluded from here
           */
          endsAt: string;
        } | null;
      } | null;
      appeal: {
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        filedAt: string;
        courtDecidedAt: string | null;
        /** @description Ten days after the court decides (LOU 20 kap. 10 §) */
        holdUntil: {
          /**
           * Format: date
           * @description The last day of the period (Swedish calendar)
           */
          lastDay: string;
          /**
           * Format: date-time
           * @description The first instant after it: the contract may be concluded from here
           */
          endsAt: string;
        } | null;
      } | null;
      contract: {
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        signedAt: string;
        /** Format: date */
        startDate: string;
        /** Format: date */
        endDate: string;
        termMonths: number;
        framework: boolean;
      } | null;
      /** @description The yearly follow-ups of the social commitments, oldest first */
      reviews: {
        number: number;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        openedAt: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        dueAt: string;
        report: {
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          at: string;
          text: string;
          commitmentsMet: boolean;
        } | null;
        decision: ('continue' | 'close') | null;
      }[];
      /** @description A workflow step got stuck and staff should look */
      needsAttention: {
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        at: string;
        reason: string;
      } | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      updatedAt: string;
    };
    /** @enum {string} */
    MatchStage: 'initiation' | 'dialogue' | 'approval' | 'agreement' | 'review' | 'closed' | 'withdrawn';
    /** @enum {string} */
    MatchActionType:
      | 'accept-invitation'
      | 'decline-invitation'
      | 'acknowledge'
      | 'invite-tender-school'
      | 'form-consortium'
      | 'join-consortium'
      | 'submit-tender'
      | 'record-evaluation'
      | 'decide-award'
      | 'file-appeal'
      | 'record-court-decision'
      | 'end-standstill'
      | 'conclude-contract'
      | 'open-review'
      | 'submit-follow-up'
      | 'review-decision'
      | 'withdraw'
      | 'mark-needs-attention';
    /** @description An OCDS 1.1.5 release package (https://standard.open-contracting.org/1.1/en/schema/release_package/) with the lots extension */
    OcdsReleasePackage: {
      [key: string]: unknown;
    };
    InboxPage: {
      items: components['schemas']['InboxItem'][];
      /** @description Unread items in the whole inbox */
      unread: number;
      /** @description Pass as `after` for the next page */
      next?: string;
    };
    InboxItem: {
      /** @description Opaque; use it to mark the item read */
      id: string;
      /** @enum {string} */
      kind: 'iop' | 'match-case' | 'tender-school';
      caseId: string;
      reference: string;
      /** @description The case's title */
      title: string;
      /** @description Machine-readable, e.g. "case-initiated" */
      type: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      at: string;
      happened: {
        sv: string;
        en: string;
      };
      next: {
        sv: string;
        en: string;
      };
      /** @description Whether the next step is the reader's own organisation's */
      youAct: boolean;
      dueAt: string | null;
      read: boolean;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      readAt?: string;
    };
    NotificationPreference: {
      /** @enum {string} */
      emailDelivery: 'both' | 'material-at-once' | 'digest-only';
      /** @enum {string} */
      language: 'sv' | 'en';
      /**
       * @description suppressed: mail to the address bounced or was reported as spam, so none is sent; unknown: the user store has no address
       * @enum {string}
       */
      emailStatus: 'ok' | 'suppressed' | 'unknown';
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      updatedAt?: string;
    };
    OrganisationList: {
      items: components['schemas']['OrganisationSummary'][];
      more: boolean;
    };
    OrganisationSummary: {
      id: string;
      name: string;
      /** @enum {string} */
      kind: 'public-body' | 'unit' | 'ideburen';
      publicBodyId?: string;
      publicBodyName?: string;
      /** @description NUTS code, e.g. SE232 (Västra Götaland) */
      region?: string;
      organisationNumber?: string;
      /** @enum {string} */
      bodyType?: 'region' | 'municipality';
      /** @enum {string} */
      unitType?: 'narsjukhus' | 'vardcentral' | 'sjukhus' | 'procurement-unit' | 'other';
      /** Format: date */
      criteriaCheckedOn?: string;
    };
    Organisation: {
      id: string;
      name: string;
      /** @enum {string} */
      kind: 'public-body' | 'unit' | 'ideburen';
      publicBodyId?: string;
      publicBodyName?: string;
      /** @description NUTS code, e.g. SE232 (Västra Götaland) */
      region?: string;
      organisationNumber?: string;
      /** @enum {string} */
      bodyType?: 'region' | 'municipality';
      /** @enum {string} */
      unitType?: 'narsjukhus' | 'vardcentral' | 'sjukhus' | 'procurement-unit' | 'other';
      /** Format: date */
      criteriaCheckedOn?: string;
      /** @enum {string} */
      legalForm?: 'ideell-forening' | 'stiftelse' | 'ekonomisk-forening' | 'registrerat-trossamfund' | 'aktiebolag-svb' | 'other';
      criteria?: {
        solePublicBenefitPurpose: boolean;
        publicBodyControllingInfluence: boolean;
        assetsToNonProfitOnDissolution: boolean;
        isFoundation: boolean;
        /** Format: date */
        checkedOn: string;
      };
      kammarkollegiet?: {
        registrationNumber: string;
        /** Format: date */
        registeredAt: string;
      };
      members?: {
        id: string;
        name: string;
        /** Format: date */
        actingAuthorisedOn?: string;
      }[];
      actingAuthorised?: {
        id: string;
        name: string;
      }[];
      partnerBodies?: {
        id: string;
        name: string;
      }[];
      units?: {
        id: string;
        name: string;
        /** @enum {string} */
        unitType?: 'narsjukhus' | 'vardcentral' | 'sjukhus' | 'procurement-unit' | 'other';
      }[];
      contact?: {
        name: string;
        role: string;
        email: string;
        phone?: string;
      };
      version: number;
    };
    UserList: {
      items: components['schemas']['UserAccount'][];
      more: boolean;
    };
    UserAccount: {
      sub: string;
      email: string;
      name: string;
      /** @enum {string} */
      role: 'healthcare' | 'civil' | 'approver' | 'procurement' | 'admin';
      org: string;
      orgName: string;
      enabled: boolean;
      /** Format: date-time */
      createdAt: string;
    };
    AuditPage: {
      items: components['schemas']['AuditEntry'][];
      /** @description Pass as `before` for the next (older) page */
      next?: string;
    };
    AuditEntry: {
      id: string;
      /** Format: date-time */
      at: string;
      actor: {
        sub: string;
        name: string;
      };
      /** @enum {string} */
      action: 'organisation-created' | 'organisation-updated' | 'user-invited' | 'user-disabled' | 'user-enabled' | 'user-role-changed';
      subject: {
        /** @enum {string} */
        kind: 'organisation' | 'user';
        id: string;
        name: string;
      };
      before: {
        [key: string]: unknown;
      } | null;
      after: {
        [key: string]: unknown;
      } | null;
    };
    WayInIndex: {
      items: {
        id: string;
        name: string;
        /** @enum {string} */
        bodyType?: 'region' | 'municipality';
        /** @description NUTS code, e.g. SE232 (Västra Götaland) */
        region?: string;
      }[];
    };
    WayIn: {
      id: string;
      name: string;
      /** @enum {string} */
      bodyType?: 'region' | 'municipality';
      contact?: {
        name: string;
        role: string;
        email: string;
        phone?: string;
      };
      units: {
        id: string;
        name: string;
        /** @enum {string} */
        unitType?: 'narsjukhus' | 'vardcentral' | 'sjukhus' | 'procurement-unit' | 'other';
      }[];
    };
    InterestReceipt: {
      id: string;
      /** Format: date-time */
      at: string;
      receiver: {
        name: string;
        role?: string;
        email?: string;
      };
    };
    InterestList: {
      items: components['schemas']['InterestNote'][];
      more: boolean;
    };
    InterestNote: {
      id: string;
      /** Format: date-time */
      at: string;
      publicBodyId: string;
      unit?: {
        id: string;
        name: string;
      };
      organisationName: string;
      organisationNumber?: string;
      contactName: string;
      email: string;
      phone?: string;
      idea: string;
    };
    FollowUpOverview: {
      publicBody: {
        id: string;
        name: string;
      };
      year: number;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      computedAt: string;
      iops: {
        total: number;
        byStage: {
          /** @enum {string} */
          stage: 'initiation' | 'dialogue' | 'approval' | 'agreement' | 'review' | 'closed' | 'rejected' | 'withdrawn';
          count: number;
        }[];
        byArea: {
          /** @description The unit's type in the registry (narsjukhus, vardcentral, sjukhus, other) */
          area: string;
          count: number;
        }[];
      };
      contributions: {
        year: number;
        public: {
          /** @description Whole kronor */
          moneySek: number;
          /** @description Whole kronor */
          inKindSek: number;
        };
        civil: {
          /** @description Whole kronor */
          moneySek: number;
          /** @description Whole kronor */
          inKindSek: number;
        };
      }[];
      outcomes: {
        reportsExpected: number;
        reportsSubmitted: number;
        reach: number;
        /** @description Whole kronor */
        moneyUsedSek: number;
        /** @description Whole kronor */
        moneyPlannedSek: number;
        /** @description Whole kronor */
        inKindUsedSek: number;
        /** @description Whole kronor */
        inKindPlannedSek: number;
      };
      endingWithinYear: {
        reference: string;
        title: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        endsAt: string;
        /** @enum {string} */
        why: 'term' | 'terminate' | 'close' | 'renew';
      }[];
      procurement: {
        /** @description Notices the body published in the year */
        notices: number;
        /** @description Of those, notices whose stored matches reach at least one small bidder */
        reachingSmallBidders: number;
        /** @description Reserved under LOU 19 kap. 25 § */
        reserved25: number;
        /** @description Reserved for idéburna organisationer under LOU 19 kap. 25 a § */
        reserved25a: number;
        /** @description Tender schools held in the year (not cancelled, started) */
        tenderSchoolsHeld: number;
      };
      reviews: {
        done: number;
        due: number;
        overdue: number;
        lines: {
          reference: string;
          title: string;
          number: number;
          final: boolean;
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          dueAt?: string;
          /** @enum {string} */
          state: 'done' | 'due' | 'overdue';
          reportsExpected: number;
          reportsSubmitted: number;
          /** @description People reached, as the organisations reported */
          reach: number;
          /** @description Whole kronor */
          moneyUsedSek: number;
          /** @description The agreement's money per year, all parties */
          moneyPlannedSek: number;
          /** @description Whole kronor */
          inKindUsedSek: number;
          /** @description Whole kronor */
          inKindPlannedSek: number;
          /** @enum {string} */
          decision?: 'continue' | 'revise' | 'terminate' | 'renew' | 'close';
          reportedBy: string[];
          decidedBy?: string;
        }[];
      };
    };
    /** @description text/csv; charset=utf-8: semicolon-separated, UTF-8 with BOM, for Swedish Excel */
    CsvFile: string;
    PublicFollowUpOverview: {
      publicBody: {
        id: string;
        name: string;
      };
      year: number;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      computedAt: string;
      iops: {
        total: number;
        byStage: {
          /** @enum {string} */
          stage: 'initiation' | 'dialogue' | 'approval' | 'agreement' | 'review' | 'closed' | 'rejected' | 'withdrawn';
          count: number;
        }[];
        byArea: {
          /** @description The unit's type in the registry (narsjukhus, vardcentral, sjukhus, other) */
          area: string;
          count: number;
        }[];
      };
      contributions: {
        year: number;
        public: {
          /** @description Whole kronor */
          moneySek: number;
          /** @description Whole kronor */
          inKindSek: number;
        };
        civil: {
          /** @description Whole kronor */
          moneySek: number;
          /** @description Whole kronor */
          inKindSek: number;
        };
      }[];
      outcomes: {
        reportsExpected: number;
        reportsSubmitted: number;
        reach: number;
        /** @description Whole kronor */
        moneyUsedSek: number;
        /** @description Whole kronor */
        moneyPlannedSek: number;
        /** @description Whole kronor */
        inKindUsedSek: number;
        /** @description Whole kronor */
        inKindPlannedSek: number;
      };
      endingWithinYear: {
        reference: string;
        title: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        endsAt: string;
        /** @enum {string} */
        why: 'term' | 'terminate' | 'close' | 'renew';
      }[];
      procurement: {
        /** @description Notices the body published in the year */
        notices: number;
        /** @description Of those, notices whose stored matches reach at least one small bidder */
        reachingSmallBidders: number;
        /** @description Reserved under LOU 19 kap. 25 § */
        reserved25: number;
        /** @description Reserved for idéburna organisationer under LOU 19 kap. 25 a § */
        reserved25a: number;
        /** @description Tender schools held in the year (not cancelled, started) */
        tenderSchoolsHeld: number;
      };
      reviews: {
        done: number;
        due: number;
        overdue: number;
        lines: {
          reference: string;
          title: string;
          number: number;
          final: boolean;
          /**
           * Format: date-time
           * @description ISO 8601 date-time
           */
          dueAt?: string;
          /** @enum {string} */
          state: 'done' | 'due' | 'overdue';
          reportsExpected: number;
          reportsSubmitted: number;
          /** @description People reached, as the organisations reported */
          reach: number;
          /** @description Whole kronor */
          moneyUsedSek: number;
          /** @description The agreement's money per year, all parties */
          moneyPlannedSek: number;
          /** @description Whole kronor */
          inKindUsedSek: number;
          /** @description Whole kronor */
          inKindPlannedSek: number;
          /** @enum {string} */
          decision?: 'continue' | 'revise' | 'terminate' | 'renew' | 'close';
        }[];
      };
    };
    PublicRegisterPage: {
      agreements: components['schemas']['PublicRegisterRow'][];
      /** @description Agreements in force in the whole register, before the filters */
      total: number;
      /** @description True when the register holds more agreements than one answer reads */
      more: boolean;
      choices: {
        areas: string[];
        units: {
          orgId: string;
          name: string;
        }[];
        organisations: {
          orgId: string;
          name: string;
        }[];
        publicBodies: {
          id: string;
          name: string;
        }[];
        years: number[];
      };
    };
    PublicRegisterRow: {
      reference: string;
      title: string;
      publicBody: {
        id: string;
        name: string;
      };
      unit: {
        orgId: string;
        name: string;
        area: string;
      };
      organisations: {
        orgId: string;
        name: string;
      }[];
      purpose: string;
      targetGroup: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      termStart: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      termEnd: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      endsAt?: string;
      diarienummer: string;
      /** @description Whole kronor */
      budgetPerYearSek: number;
      publicMoneyPerYear: {
        year: number;
        /** @description Whole kronor */
        moneySek: number;
        /** @description Whole kronor */
        inKindSek: number;
      }[];
      followUp: {
        /** @enum {string} */
        state: 'not-yet' | 'on-track' | 'overdue';
        reviewsDone: number;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        nextDueAt?: string;
      };
      /** @description The plain-language (lättläst) summary, sentence by sentence */
      summary: {
        sv: string[];
        en: string[];
      };
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
  GET_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The API is up */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @constant */
            status: 'ok';
            time: string;
          };
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_openapi_json: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OpenAPI document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_iop_cases: {
    parameters: {
      query?: {
        stage?: 'initiation' | 'dialogue' | 'approval' | 'agreement' | 'review' | 'closed' | 'rejected' | 'withdrawn';
        limit?: number;
      };
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Case summaries with status, at most `limit` (`more` says whether there are others) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "iop-0a1b2c3d4e5f",
           *           "reference": "IOP-2026-0A1B2C",
           *           "title": "Hälsokommunikatörer i Angered",
           *           "stage": "initiation",
           *           "status": {
           *             "headline": {
           *               "sv": "Förslag till IOP – väntar på svar på inbjudan",
           *               "en": "IOP proposal – waiting for answers to the invitation"
           *             },
           *             "next": {
           *               "sv": "Svenska Röda Korset tackar ja eller nej. När alla tackat ja börjar dialogen.",
           *               "en": "Svenska Röda Korset accept or decline. Once everyone has accepted, the dialogue starts."
           *             },
           *             "whoActs": {
           *               "orgs": [
           *                 "svenska-roda-korset"
           *               ],
           *               "roles": [
           *                 "civil"
           *               ],
           *               "label": {
           *                 "sv": "Svenska Röda Korset",
           *                 "en": "Svenska Röda Korset"
           *               }
           *             },
           *             "dueAt": "2026-03-16T09:00:00.000Z"
           *           },
           *           "version": 1,
           *           "parties": [
           *             {
           *               "orgId": "angereds-narsjukhus",
           *               "name": "Angereds Närsjukhus",
           *               "side": "public",
           *               "invitation": "initiator"
           *             },
           *             {
           *               "orgId": "svenska-roda-korset",
           *               "name": "Svenska Röda Korset",
           *               "side": "civil",
           *               "invitation": "pending"
           *             }
           *           ],
           *           "createdAt": "2026-03-02T09:00:00.000Z",
           *           "updatedAt": "2026-03-02T09:00:00.000Z",
           *           "deadlines": {
           *             "invitations": {
           *               "dueAt": "2026-03-16T09:00:00.000Z"
           *             }
           *           },
           *           "flags": {}
           *         }
           *       ],
           *       "more": false
           *     }
           */
          'application/json': {
            items: components['schemas']['IopCaseSummary'][];
            more: boolean;
          };
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  POST_iop_cases: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          purpose: string;
          targetGroup: string;
          activities: string[];
          healthcareUnit: {
            orgId: string;
            name: string;
            contribution: {
              /** @default 0 */
              moneySekPerYear?: number;
              /** @default 0 */
              inKindSekPerYear?: number;
              inKindDescription?: string;
            };
          };
          civilParties: {
            orgId: string;
            name: string;
            contribution: {
              /** @default 0 */
              moneySekPerYear?: number;
              /** @default 0 */
              inKindSekPerYear?: number;
              inKindDescription?: string;
            };
            criteria: {
              solePublicBenefitPurpose: boolean;
              publicBodyControllingInfluence: boolean;
              assetsToNonProfitOnDissolution: boolean;
              /** @default false */
              isFoundation?: boolean;
              kammarkollegietRegistration?: {
                registrationNumber: string;
                /** Format: date */
                registeredAt: string;
              };
            };
          }[];
          /** Format: date */
          plannedStart: string;
          durationMonths: number;
          budgetPerYearSek: number;
        };
      };
    };
    responses: {
      /** @description The new case with id, reference, stage, status and version */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "iop-0a1b2c3d4e5f",
           *       "reference": "IOP-2026-0A1B2C",
           *       "title": "Hälsokommunikatörer i Angered",
           *       "stage": "initiation",
           *       "status": {
           *         "headline": {
           *           "sv": "Förslag till IOP – väntar på svar på inbjudan",
           *           "en": "IOP proposal – waiting for answers to the invitation"
           *         },
           *         "next": {
           *           "sv": "Svenska Röda Korset tackar ja eller nej. När alla tackat ja börjar dialogen.",
           *           "en": "Svenska Röda Korset accept or decline. Once everyone has accepted, the dialogue starts."
           *         },
           *         "whoActs": {
           *           "orgs": [
           *             "svenska-roda-korset"
           *           ],
           *           "roles": [
           *             "civil"
           *           ],
           *           "label": {
           *             "sv": "Svenska Röda Korset",
           *             "en": "Svenska Röda Korset"
           *           }
           *         },
           *         "dueAt": "2026-03-16T09:00:00.000Z"
           *       },
           *       "version": 1,
           *       "allowedActions": [
           *         "withdraw"
           *       ],
           *       "createdAt": "2026-03-02T09:00:00.000Z",
           *       "updatedAt": "2026-03-02T09:00:00.000Z",
           *       "parties": [
           *         {
           *           "orgId": "angereds-narsjukhus",
           *           "name": "Angereds Närsjukhus",
           *           "side": "public",
           *           "invitation": "initiator"
           *         },
           *         {
           *           "orgId": "svenska-roda-korset",
           *           "name": "Svenska Röda Korset",
           *           "side": "civil",
           *           "criteria": {
           *             "solePublicBenefitPurpose": true,
           *             "publicBodyControllingInfluence": false,
           *             "assetsToNonProfitOnDissolution": true,
           *             "isFoundation": false
           *           },
           *           "invitation": "pending"
           *         }
           *       ],
           *       "precheck": [
           *         {
           *           "check": "ideburen",
           *           "outcome": "pass",
           *           "orgId": "svenska-roda-korset",
           *           "path": "civilParties.0.criteria",
           *           "reason": {
           *             "sv": "Svenska Röda Korset är en idéburen organisation: allmännyttigt syfte, inget offentligt bestämmande inflytande, tillgångar till allmännyttigt ändamål vid upplösning. Ingen registrering hos Kammarkollegiet angiven.",
           *             "en": "Svenska Röda Korset is an idéburen organisation: public-benefit purpose, no controlling public influence, assets to non-profits on dissolution. No Kammarkollegiet registration given."
           *           }
           *         },
           *         {
           *           "check": "co-financing",
           *           "outcome": "pass",
           *           "path": "contributions",
           *           "reason": {
           *             "sv": "Båda sidor bidrar: offentlig sida 1150000 kr per år, idéburen sida 550000 kr per år.",
           *             "en": "Both sides contribute: public side SEK 1150000 a year, non-profit side SEK 550000 a year."
           *           }
           *         },
           *         {
           *           "check": "duration",
           *           "outcome": "pass",
           *           "path": "durationMonths",
           *           "reason": {
           *             "sv": "Löptiden 36 månader ryms inom högst 60 månader.",
           *             "en": "The term of 36 months is within the maximum of 60 months."
           *           }
           *         },
           *         {
           *           "check": "purchase-like",
           *           "outcome": "pass",
           *           "path": "contributions",
           *           "reason": {
           *             "sv": "Ser inte ut som ett köp: organisationen bidrar själv till verksamheten.",
           *             "en": "Does not look like a purchase: the organisation contributes to the activity itself."
           *           }
           *         },
           *         {
           *           "check": "budget",
           *           "outcome": "pass",
           *           "path": "budgetPerYearSek",
           *           "reason": {
           *             "sv": "Parternas bidrag är 1 700 000 kr per år (pengar 1 050 000 kr, insatser 650 000 kr) mot en budget på 1 700 000 kr. Budgeten är täckt.",
           *             "en": "The parties contribute SEK 1,700,000 a year (money SEK 1,050,000, in kind SEK 650,000) against a budget of SEK 1,700,000. The budget is covered."
           *           }
           *         }
           *       ],
           *       "draft": {
           *         "version": 1,
           *         "purpose": "Minska ojämlikheten i hälsa genom hälsoinformation på eget språk och lotsning i vården.",
           *         "targetGroup": "Nyanlända och boende i Angered med begränsad kunskap om svensk hälso- och sjukvård.",
           *         "activities": [
           *           "Hälsoinformation i grupp på arabiska och somaliska",
           *           "Lotsning till vårdcentral och 1177"
           *         ],
           *         "contributions": {
           *           "angereds-narsjukhus": {
           *             "moneySekPerYear": 900000,
           *             "inKindSekPerYear": 250000
           *           },
           *           "svenska-roda-korset": {
           *             "moneySekPerYear": 150000,
           *             "inKindSekPerYear": 400000,
           *             "inKindDescription": "Volontärer och samordning"
           *           }
           *         },
           *         "budgetPerYearSek": 1700000,
           *         "plannedStart": "2026-06-01",
           *         "durationMonths": 36,
           *         "governance": "En gemensam styrgrupp med en företrädare för varje part träffas minst en gång per kvartal. Samarbetet vilar på överenskommelsens sex principer: självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald.",
           *         "followUp": "Årlig uppföljning av aktiviteter, räckvidd, resultat mot mål samt använda pengar och insatser.",
           *         "noticeMonths": 3,
           *         "authoredBy": "example-user",
           *         "at": "2026-03-02T09:00:00.000Z"
           *       },
           *       "draftHistory": [],
           *       "draftHistoryCount": 0,
           *       "consents": {},
           *       "meetings": [],
           *       "meetingCount": 0,
           *       "decisions": [],
           *       "amending": false,
           *       "reviews": [],
           *       "deadlines": {
           *         "invitations": {
           *           "dueAt": "2026-03-16T09:00:00.000Z"
           *         }
           *       },
           *       "flags": {}
           *     }
           */
          'application/json': components['schemas']['IopCase'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_iop_cases_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The case, with the actions the caller may take now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "iop-0a1b2c3d4e5f",
           *       "reference": "IOP-2026-0A1B2C",
           *       "title": "Hälsokommunikatörer i Angered",
           *       "stage": "initiation",
           *       "status": {
           *         "headline": {
           *           "sv": "Förslag till IOP – väntar på svar på inbjudan",
           *           "en": "IOP proposal – waiting for answers to the invitation"
           *         },
           *         "next": {
           *           "sv": "Ni tackar ja eller nej. När alla tackat ja börjar dialogen.",
           *           "en": "You accept or decline. Once everyone has accepted, the dialogue starts."
           *         },
           *         "whoActs": {
           *           "orgs": [
           *             "svenska-roda-korset"
           *           ],
           *           "roles": [
           *             "civil"
           *           ],
           *           "label": {
           *             "sv": "Svenska Röda Korset",
           *             "en": "Svenska Röda Korset"
           *           }
           *         },
           *         "dueAt": "2026-03-16T09:00:00.000Z"
           *       },
           *       "version": 1,
           *       "allowedActions": [
           *         "accept-invitation",
           *         "decline-invitation",
           *         "withdraw"
           *       ],
           *       "createdAt": "2026-03-02T09:00:00.000Z",
           *       "updatedAt": "2026-03-02T09:00:00.000Z",
           *       "parties": [
           *         {
           *           "orgId": "angereds-narsjukhus",
           *           "name": "Angereds Närsjukhus",
           *           "side": "public",
           *           "invitation": "initiator"
           *         },
           *         {
           *           "orgId": "svenska-roda-korset",
           *           "name": "Svenska Röda Korset",
           *           "side": "civil",
           *           "criteria": {
           *             "solePublicBenefitPurpose": true,
           *             "publicBodyControllingInfluence": false,
           *             "assetsToNonProfitOnDissolution": true,
           *             "isFoundation": false
           *           },
           *           "invitation": "pending"
           *         }
           *       ],
           *       "precheck": [
           *         {
           *           "check": "ideburen",
           *           "outcome": "pass",
           *           "orgId": "svenska-roda-korset",
           *           "path": "civilParties.0.criteria",
           *           "reason": {
           *             "sv": "Svenska Röda Korset är en idéburen organisation: allmännyttigt syfte, inget offentligt bestämmande inflytande, tillgångar till allmännyttigt ändamål vid upplösning. Ingen registrering hos Kammarkollegiet angiven.",
           *             "en": "Svenska Röda Korset is an idéburen organisation: public-benefit purpose, no controlling public influence, assets to non-profits on dissolution. No Kammarkollegiet registration given."
           *           }
           *         },
           *         {
           *           "check": "co-financing",
           *           "outcome": "pass",
           *           "path": "contributions",
           *           "reason": {
           *             "sv": "Båda sidor bidrar: offentlig sida 1150000 kr per år, idéburen sida 550000 kr per år.",
           *             "en": "Both sides contribute: public side SEK 1150000 a year, non-profit side SEK 550000 a year."
           *           }
           *         },
           *         {
           *           "check": "duration",
           *           "outcome": "pass",
           *           "path": "durationMonths",
           *           "reason": {
           *             "sv": "Löptiden 36 månader ryms inom högst 60 månader.",
           *             "en": "The term of 36 months is within the maximum of 60 months."
           *           }
           *         },
           *         {
           *           "check": "purchase-like",
           *           "outcome": "pass",
           *           "path": "contributions",
           *           "reason": {
           *             "sv": "Ser inte ut som ett köp: organisationen bidrar själv till verksamheten.",
           *             "en": "Does not look like a purchase: the organisation contributes to the activity itself."
           *           }
           *         },
           *         {
           *           "check": "budget",
           *           "outcome": "pass",
           *           "path": "budgetPerYearSek",
           *           "reason": {
           *             "sv": "Parternas bidrag är 1 700 000 kr per år (pengar 1 050 000 kr, insatser 650 000 kr) mot en budget på 1 700 000 kr. Budgeten är täckt.",
           *             "en": "The parties contribute SEK 1,700,000 a year (money SEK 1,050,000, in kind SEK 650,000) against a budget of SEK 1,700,000. The budget is covered."
           *           }
           *         }
           *       ],
           *       "draft": {
           *         "version": 1,
           *         "purpose": "Minska ojämlikheten i hälsa genom hälsoinformation på eget språk och lotsning i vården.",
           *         "targetGroup": "Nyanlända och boende i Angered med begränsad kunskap om svensk hälso- och sjukvård.",
           *         "activities": [
           *           "Hälsoinformation i grupp på arabiska och somaliska",
           *           "Lotsning till vårdcentral och 1177"
           *         ],
           *         "contributions": {
           *           "angereds-narsjukhus": {
           *             "moneySekPerYear": 900000,
           *             "inKindSekPerYear": 250000
           *           },
           *           "svenska-roda-korset": {
           *             "moneySekPerYear": 150000,
           *             "inKindSekPerYear": 400000,
           *             "inKindDescription": "Volontärer och samordning"
           *           }
           *         },
           *         "budgetPerYearSek": 1700000,
           *         "plannedStart": "2026-06-01",
           *         "durationMonths": 36,
           *         "governance": "En gemensam styrgrupp med en företrädare för varje part träffas minst en gång per kvartal. Samarbetet vilar på överenskommelsens sex principer: självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald.",
           *         "followUp": "Årlig uppföljning av aktiviteter, räckvidd, resultat mot mål samt använda pengar och insatser.",
           *         "noticeMonths": 3,
           *         "authoredBy": "example-user",
           *         "at": "2026-03-02T09:00:00.000Z"
           *       },
           *       "draftHistory": [],
           *       "draftHistoryCount": 0,
           *       "consents": {},
           *       "meetings": [],
           *       "meetingCount": 0,
           *       "decisions": [],
           *       "amending": false,
           *       "reviews": [],
           *       "deadlines": {
           *         "invitations": {
           *           "dueAt": "2026-03-16T09:00:00.000Z"
           *         }
           *       },
           *       "flags": {}
           *     }
           */
          'application/json': components['schemas']['IopCase'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_iop_cases_id_timeline: {
    parameters: {
      query?: {
        after?: number;
        limit?: number;
      };
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of timeline entries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "at": "2026-03-02T09:00:00.000Z",
           *           "actor": {
           *             "sub": "example-user",
           *             "name": "Sara Lindqvist",
           *             "org": "angereds-narsjukhus",
           *             "role": "healthcare"
           *           },
           *           "type": "case-initiated",
           *           "text": {
           *             "sv": "Sara Lindqvist startade IOP-ärendet \"Hälsokommunikatörer i Angered\". Svenska Röda Korset är inbjudna och behöver svara.",
           *             "en": "Sara Lindqvist started the IOP case \"Hälsokommunikatörer i Angered\". Svenska Röda Korset are invited and need to answer."
           *           },
           *           "material": true,
           *           "data": {
           *             "invited": [
           *               "svenska-roda-korset"
           *             ]
           *           }
           *         },
           *         {
           *           "at": "2026-03-02T09:00:00.000Z",
           *           "actor": {
           *             "sub": "example-user",
           *             "name": "Sara Lindqvist",
           *             "org": "angereds-narsjukhus",
           *             "role": "healthcare"
           *           },
           *           "type": "precheck",
           *           "text": {
           *             "sv": "Förhandskontrollen är godkänd på alla punkter.",
           *             "en": "The pre-check passed on every point."
           *           },
           *           "material": false,
           *           "data": {
           *             "results": [
           *               {
           *                 "check": "ideburen",
           *                 "outcome": "pass",
           *                 "orgId": "svenska-roda-korset",
           *                 "path": "civilParties.0.criteria",
           *                 "reason": {
           *                   "sv": "Svenska Röda Korset är en idéburen organisation: allmännyttigt syfte, inget offentligt bestämmande inflytande, tillgångar till allmännyttigt ändamål vid upplösning. Ingen registrering hos Kammarkollegiet angiven.",
           *                   "en": "Svenska Röda Korset is an idéburen organisation: public-benefit purpose, no controlling public influence, assets to non-profits on dissolution. No Kammarkollegiet registration given."
           *                 }
           *               },
           *               {
           *                 "check": "co-financing",
           *                 "outcome": "pass",
           *                 "path": "contributions",
           *                 "reason": {
           *                   "sv": "Båda sidor bidrar: offentlig sida 1150000 kr per år, idéburen sida 550000 kr per år.",
           *                   "en": "Both sides contribute: public side SEK 1150000 a year, non-profit side SEK 550000 a year."
           *                 }
           *               },
           *               {
           *                 "check": "duration",
           *                 "outcome": "pass",
           *                 "path": "durationMonths",
           *                 "reason": {
           *                   "sv": "Löptiden 36 månader ryms inom högst 60 månader.",
           *                   "en": "The term of 36 months is within the maximum of 60 months."
           *                 }
           *               },
           *               {
           *                 "check": "purchase-like",
           *                 "outcome": "pass",
           *                 "path": "contributions",
           *                 "reason": {
           *                   "sv": "Ser inte ut som ett köp: organisationen bidrar själv till verksamheten.",
           *                   "en": "Does not look like a purchase: the organisation contributes to the activity itself."
           *                 }
           *               },
           *               {
           *                 "check": "budget",
           *                 "outcome": "pass",
           *                 "path": "budgetPerYearSek",
           *                 "reason": {
           *                   "sv": "Parternas bidrag är 1 700 000 kr per år (pengar 1 050 000 kr, insatser 650 000 kr) mot en budget på 1 700 000 kr. Budgeten är täckt.",
           *                   "en": "The parties contribute SEK 1,700,000 a year (money SEK 1,050,000, in kind SEK 650,000) against a budget of SEK 1,700,000. The budget is covered."
           *                 }
           *               }
           *             ]
           *           }
           *         }
           *       ]
           *     }
           */
          'application/json': {
            items: components['schemas']['TimelineEntry'][];
            /** @description Pass it as `after` for the next page; absent on the last page */
            next?: number;
          };
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_iop_cases_id_meetings: {
    parameters: {
      query?: {
        after?: number;
        limit?: number;
      };
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of meetings and their total */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['IopMeeting'][];
            total: number;
            /** @description Pass it as `after` for the next page; absent on the last page */
            next?: number;
          };
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_iop_cases_id_drafts: {
    parameters: {
      query?: {
        after?: number;
        limit?: number;
      };
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of draft versions and their total */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['IopDraft'][];
            total: number;
            /** @description Pass it as `after` for the next page; absent on the last page */
            next?: number;
          };
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  POST_iop_cases_id_actions: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              /** @constant */
              type: 'accept-invitation';
              expectedVersion?: number;
            }
          | {
              /** @constant */
              type: 'decline-invitation';
              expectedVersion?: number;
              reason?: string;
            }
          | {
              /** @constant */
              type: 'record-meeting';
              expectedVersion?: number;
              /** Format: date */
              date: string;
              participants: string[];
              notes: string;
            }
          | {
              /** @constant */
              type: 'revise-draft';
              expectedVersion?: number;
              changes: {
                purpose?: string;
                targetGroup?: string;
                activities?: string[];
                contributions?: {
                  orgId: string;
                  contribution: {
                    /** @default 0 */
                    moneySekPerYear?: number;
                    /** @default 0 */
                    inKindSekPerYear?: number;
                    inKindDescription?: string;
                  };
                }[];
                budgetPerYearSek?: number;
                /** Format: date */
                plannedStart?: string;
                durationMonths?: number;
                governance?: string;
                followUp?: string;
                noticeMonths?: number;
              };
              summary?: string;
            }
          | {
              /** @constant */
              type: 'consent';
              expectedVersion?: number;
              draftVersion: number;
            }
          | {
              /** @constant */
              type: 'start-consultation';
              expectedVersion?: number;
              responders: {
                orgId: string;
                name: string;
              }[];
              question: string;
              /** Format: date-time */
              deadline: string;
            }
          | {
              /** @constant */
              type: 'respond-consultation';
              expectedVersion?: number;
              response: string;
              jointWith?: string[];
            }
          | {
              /** @constant */
              type: 'extend-consultation';
              expectedVersion?: number;
              /** Format: date-time */
              deadline: string;
              reason?: string;
            }
          | {
              /** @constant */
              type: 'record-consultation-handling';
              expectedVersion?: number;
              handling: string;
            }
          | {
              /** @constant */
              type: 'request-decision';
              expectedVersion?: number;
              closeConsultationReason?: string;
            }
          | {
              /** @constant */
              type: 'decide';
              expectedVersion?: number;
              /** @enum {string} */
              decision: 'approve' | 'reject' | 'return';
              motivation: string;
              diarienummer: string;
              checklist?: {
                localGovernmentActAndPriorities: {
                  met: boolean;
                  motivation: string;
                };
                complementsPublicOffering: {
                  met: boolean;
                  motivation: string;
                };
                stateAid: {
                  met: boolean;
                  motivation: string;
                  /** @enum {string} */
                  basis: 'no-aid' | 'de-minimis' | 'sgei';
                };
                notPublicContract: {
                  met: boolean;
                  motivation: string;
                };
                coFinancingDocumented: {
                  met: boolean;
                  motivation: string;
                };
                noOtherRegionalFunding: {
                  met: boolean;
                  motivation: string;
                };
              };
            }
          | {
              /** @constant */
              type: 'sign';
              expectedVersion?: number;
              agreementVersion?: number;
            }
          | {
              /** @constant */
              type: 'submit-review-report';
              expectedVersion?: number;
              activities: string;
              reach: number;
              outcomes: string;
              moneyUsedSek: number;
              inKindUsedSek: number;
            }
          | {
              /** @constant */
              type: 'review-decision';
              expectedVersion?: number;
              /** @enum {string} */
              decision: 'continue' | 'revise' | 'terminate' | 'renew' | 'close';
              motivation: string;
              noticeMonths?: number;
            }
          | {
              /** @constant */
              type: 'withdraw';
              expectedVersion?: number;
              reason: string;
            }
          | {
              /** @constant */
              type: 'record-review-position';
              expectedVersion?: number;
              /** @enum {string} */
              position: 'continue' | 'revise' | 'terminate' | 'renew' | 'close' | 'abstain';
              statement: string;
            }
          | {
              /** @constant */
              type: 'record-review-reflection';
              expectedVersion?: number;
              principles: {
                independence: string;
                dialogue: string;
                quality: string;
                longTerm: string;
                openness: string;
                diversity: string;
              };
            }
          | {
              /** @constant */
              type: 'give-notice';
              expectedVersion?: number;
              reason: string;
            };
      };
    };
    responses: {
      /** @description The case after the action */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IopCase'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: wrong stage or stale expectedVersion */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Deadline passed */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_public_iop: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The agreements in force */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agreements: components['schemas']['IopRegisterEntry'][];
            /** @description True when the register holds more agreements than one answer lists */
            more: boolean;
          };
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_iop_cases_id_agreement: {
    parameters: {
      query?: {
        version?: number;
        lang?: 'sv' | 'en';
      };
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The agreement document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementDocument'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_iop_cases_id_agreement_pdf: {
    parameters: {
      query?: {
        version?: number;
        lang?: 'sv' | 'en';
      };
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The agreement as a PDF (Content-Disposition names the case and the version) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_iop_cases_id_reviews_number: {
    parameters: {
      query?: never;
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
        number: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The review report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewReport'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_procurement_notices: {
    parameters: {
      query?: {
        /** @description Notices per page (default 50, at most 100) */
        limit?: number;
        /** @description The `next` of the page before */
        after?: string;
      };
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of notices, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Newest first: at most `limit`, fewer when they would pass 1 MB together */
            items: components['schemas']['Notice'][];
            /** @description More notices follow: pass `next` as `after` */
            more: boolean;
            /** @description Where the next page starts (only when `more`) */
            next?: string;
          };
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  POST_procurement_notices: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          buyer: {
            orgId: string;
            unit: string;
          };
          title: string;
          description: string;
          cpv: {
            main: string;
            /** @default [] */
            additional?: string[];
          };
          nuts: string[];
          estimatedValueSek: number;
          durationMonths: number;
          /** @enum {string} */
          procedure: 'open' | 'restricted' | 'negotiated' | 'simplified' | 'direct-award';
          /** @default false */
          framework?: boolean;
          /** Format: date-time */
          deadline: string;
          /** @default [] */
          lots?: {
            id: string;
            title: string;
            description?: string;
            valueSek: number;
            cpv: {
              main: string;
              /** @default [] */
              additional?: string[];
            };
            durationMonths: number;
            nuts?: string[];
          }[];
          maxLotsBidPerSupplier?: number;
          maxLotsAwardedPerSupplier?: number;
          /**
           * @default none
           * @enum {string}
           */
          reservation?: 'none' | 'res-ws' | 'res-pub-ser';
          /** @default false */
          reservedForIdeburna?: boolean;
          /** @default [] */
          socialObjectives?: string[];
          /** @default [] */
          socialClauses?: {
            objective?: string;
            text: string;
          }[];
        };
      };
    };
    responses: {
      /** @description The notice with its lots; `matching.updating` until its reach view is computed */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            buyer: {
              orgId: string;
              unit: string;
            };
            title: string;
            description: string;
            cpv: {
              /** @description CPV 2008, 8 digits without the check digit */
              main: string;
              additional: string[];
            };
            /** @description The name of each CPV code of the notice and its lots */
            cpvLabels?: {
              /** @description CPV 2008, 8 digits without the check digit */
              code: string;
              label: components['schemas']['LocalizedText'];
            }[];
            nuts: string[];
            /** @description Whole kronor */
            estimatedValueSek: number;
            durationMonths: number;
            /** @enum {string} */
            procedure: 'open' | 'restricted' | 'negotiated' | 'simplified' | 'direct-award';
            framework: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            deadline: string;
            /** @description The tender deadline has passed: no new match cases or questions */
            closed: boolean;
            /** @description Empty when the notice is bought as a whole */
            lots: components['schemas']['NoticeLot'][];
            maxLotsBidPerSupplier?: number;
            maxLotsAwardedPerSupplier?: number;
            /**
             * @description LOU 4 kap. 18 § (res-ws), 19 kap. 25 § (res-pub-ser), or none
             * @enum {string}
             */
            reservation: 'none' | 'res-ws' | 'res-pub-ser';
            /** @description LOU 19 kap. 25 a § */
            reservedForIdeburna: boolean;
            socialObjectives: string[];
            socialClauses: {
              objective?: string;
              text: string;
            }[];
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            updatedAt: string;
            matching: components['schemas']['MatchingStatus'];
          };
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_procurement_notices_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The notice with its lots */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notice'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_procurement_notices_id_matches: {
    parameters: {
      query?: {
        /** @description Stored matches listed (default 50, at most 200) */
        limit?: number;
      };
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Per lot, the bidders reached and nearly reached, and the stored matches behind them */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            noticeId: string;
            /** @description Distinct bidders reached by at least one lot */
            reachedCount: number;
            /** @description Distinct bidders nearly reached by some lot and reached by none */
            nearMissedCount: number;
            lots: {
              lotId: string;
              lotTitle: string | null;
              /** @description Best score first; the best ones only when `reachedTotal` is more */
              reached: {
                orgId: string;
                name: string;
                score: number;
              }[];
              /** @description Bidders this lot reaches, listed or not */
              reachedTotal: number;
              /** @description Best score first, each with the one thing in the way; the best ones only when `nearMissedTotal` is more */
              nearMissed: {
                orgId: string;
                name: string;
                score: number;
                blocker: components['schemas']['MatchBlocker'];
              }[];
              /** @description Bidders this lot nearly reaches, listed or not */
              nearMissedTotal: number;
            }[];
            /** @description Some lot lists fewer bidders than it counts: each lot lists at most 25 of each kind, and 250 of each kind are shared among the lots (at least 2 each) */
            truncated: boolean;
            /** @description Lot by lot, best score first: at most `limit` */
            matches: components['schemas']['Match'][];
            /** @description Stored matches and near-misses of the notice, listed or not */
            matchesTotal: number;
            matching: components['schemas']['MatchingStatus'];
          };
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  POST_procurement_notices_id_what_if: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              /** @constant */
              kind: 'split-into-lots';
              lotValueSek: number;
              breakdown?:
                | {
                    /** @constant */
                    by: 'region';
                  }
                | {
                    /** @constant */
                    by: 'lot-size';
                    bandsSek: number[];
                  };
            }
          | {
              /** @constant */
              kind: 'reserve';
              /** @enum {string} */
              reservation: 'res-ws' | 'res-pub-ser' | 'ideburna';
              breakdown?:
                | {
                    /** @constant */
                    by: 'region';
                  }
                | {
                    /** @constant */
                    by: 'lot-size';
                    bandsSek: number[];
                  };
            }
          | {
              /** @constant */
              kind: 'set-cpv';
              breakdown?:
                | {
                    /** @constant */
                    by: 'region';
                  }
                | {
                    /** @constant */
                    by: 'lot-size';
                    bandsSek: number[];
                  };
              main?: string;
              /** @default [] */
              add?: string[];
              lotId?: string;
            };
      };
    };
    responses: {
      /** @description Reach before and after the change, and the bidders gained, lost and turned from near-miss into match */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WhatIfResult'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_procurement_notices_id_questions: {
    parameters: {
      query?: never;
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The questions, oldest first, with when answers are due */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            noticeId: string;
            /** @description Oldest first */
            items: components['schemas']['NoticeQuestion'][];
            /**
             * Format: date-time
             * @description Questions asked before this are answered at the latest by answerDueAt
             */
            askInGoodTimeUntil: string;
            /**
             * Format: date-time
             * @description Six days before the tender deadline
             */
            answerDueAt: string;
            /** @description The tender deadline has passed: no more questions */
            closed: boolean;
          };
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  POST_procurement_notices_id_questions: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
        };
      };
    };
    responses: {
      /** @description The question as every bidder sees it */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticeQuestion'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  POST_procurement_notices_id_questions_questionId_answer: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
        questionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
        };
      };
    };
    responses: {
      /** @description The question with its answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticeQuestion'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: wrong stage or stale expectedVersion */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_procurement_tender_schools: {
    parameters: {
      query?: never;
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tender schools, cancelled ones too */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Earliest first */
            items: components['schemas']['TenderSchool'][];
          };
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  POST_procurement_tender_schools: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          description?: string;
          /** Format: date-time */
          startsAt: string;
          /** @default 120 */
          durationMinutes?: number;
          place?: string;
          onlineLink?: string;
          noticeIds: string[];
          /** @default [] */
          orgIds?: string[];
        };
      };
    };
    responses: {
      /** @description The tender school with its invitations */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenderSchool'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_procurement_tender_schools_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tender school */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenderSchool'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_procurement_tender_schools_id_timeline: {
    parameters: {
      query?: {
        /** @description The `next` of the page before */
        after?: number;
        /** @description Events per page (default 50, at most 200) */
        limit?: number;
      };
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of timeline entries, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Oldest first */
            items: components['schemas']['TimelineEntry'][];
            /** @description Pass as `after` for the next page; absent on the last page */
            next?: number;
          };
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  POST_procurement_tender_schools_id_invitations: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          orgIds: string[];
          expectedVersion?: number;
        };
      };
    };
    responses: {
      /** @description The tender school with its invitations */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenderSchool'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: wrong stage or stale expectedVersion */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  POST_procurement_tender_schools_id_cancel: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          expectedVersion?: number;
        };
      };
    };
    responses: {
      /** @description The cancelled tender school */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenderSchool'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: wrong stage or stale expectedVersion */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  POST_procurement_tender_schools_id_attendance: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          attendance: {
            orgId: string;
            attended: boolean;
          }[];
          expectedVersion?: number;
        };
      };
    };
    responses: {
      /** @description The tender school with the attendance */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenderSchool'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: wrong stage or stale expectedVersion */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  POST_procurement_tender_schools_id_answer: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          coming: boolean;
          expectedVersion?: number;
        };
      };
    };
    responses: {
      /** @description The tender school with the bidder's own invitation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenderSchool'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: wrong stage or stale expectedVersion */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_bidders_orgId_tender_schools: {
    parameters: {
      query?: never;
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The schools, earliest first, each with the bidder's own invitation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Earliest first */
            items: components['schemas']['TenderSchool'][];
          };
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_bidders_orgId: {
    parameters: {
      query?: never;
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The profile */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BidderProfile'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PUT_bidders_orgId: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          description: string;
          cpv: string[];
          regions: string[];
          capacitySekPerYear: number;
          staff: number;
          disadvantagedShare: number;
          ideburen: boolean;
          consortiumWilling: boolean;
          /** @default [] */
          socialObjectives?: string[];
        };
      };
    };
    responses: {
      /** @description The profile (201 when new); `matching.updating` until its matches are recomputed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            orgId: string;
            name: string;
            description: string;
            cpv: string[];
            regions: string[];
            /** @description Largest contract value per year the organisation can carry */
            capacitySekPerYear: number;
            staff: number;
            /** @description Share of employees with disabilities or otherwise disadvantaged (LOU 4 kap. 18 §) */
            disadvantagedShare: number;
            /** @description Idéburen organisation (LOU 19 kap. 25 a §, Act 2022:900) */
            ideburen: boolean;
            consortiumWilling: boolean;
            socialObjectives: string[];
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            updatedAt: string;
            matching: components['schemas']['MatchingStatus'];
          };
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_bidders_orgId_matches: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Matches and near-misses, best first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Matches, best first */
            items: components['schemas']['Match'][];
            /** @description Near-misses, best first, each with its one blocker */
            nearMisses: components['schemas']['Match'][];
            matching: components['schemas']['MatchingStatus'];
          };
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_procurement_matches: {
    parameters: {
      query?: {
        /** @description Only the cases in this stage */
        stage?: 'initiation' | 'dialogue' | 'approval' | 'agreement' | 'review' | 'closed' | 'withdrawn';
        /** @description Cases listed (default 50, at most 100) */
        limit?: number;
      };
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The match cases, each with its status and the actions the caller may take now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Stage by stage: at most `limit`, fewer when they would pass 1 MB together */
            items: components['schemas']['MatchCase'][];
            /** @description More cases than listed: ask for one stage at a time */
            more: boolean;
          };
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  POST_procurement_matches: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          noticeId: string;
          /** @default whole */
          lotId?: string;
          orgId: string;
        };
      };
    };
    responses: {
      /** @description The new match case in stage initiation, with the actions the caller may take now */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchCase'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: wrong stage or stale expectedVersion */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_procurement_matches_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The match case, with the actions the caller may take now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchCase'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_procurement_matches_id_timeline: {
    parameters: {
      query?: {
        /** @description The `next` of the page before */
        after?: number;
        /** @description Events per page (default 50, at most 200) */
        limit?: number;
      };
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of timeline entries, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Oldest first */
            items: components['schemas']['TimelineEntry'][];
            /** @description Pass as `after` for the next page; absent on the last page */
            next?: number;
          };
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  POST_procurement_matches_id_actions: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              /** @constant */
              type: 'accept-invitation';
              expectedVersion?: number;
            }
          | {
              /** @constant */
              type: 'decline-invitation';
              expectedVersion?: number;
              reason?: string;
            }
          | {
              /** @constant */
              type: 'acknowledge';
              expectedVersion?: number;
            }
          | {
              /** @constant */
              type: 'invite-tender-school';
              expectedVersion?: number;
              /** Format: date-time */
              at: string;
            }
          | {
              /** @constant */
              type: 'form-consortium';
              expectedVersion?: number;
              orgIds: string[];
            }
          | {
              /** @constant */
              type: 'join-consortium';
              expectedVersion?: number;
            }
          | {
              /** @constant */
              type: 'submit-tender';
              expectedVersion?: number;
            }
          | {
              /** @constant */
              type: 'record-evaluation';
              expectedVersion?: number;
              note: string;
            }
          | {
              /** @constant */
              type: 'decide-award';
              expectedVersion?: number;
              /** @enum {string} */
              outcome: 'awarded' | 'not-awarded' | 'cancelled';
              /** @default true */
              sentElectronically?: boolean;
            }
          | {
              /** @constant */
              type: 'file-appeal';
              expectedVersion?: number;
            }
          | {
              /** @constant */
              type: 'record-court-decision';
              expectedVersion?: number;
              /** Format: date-time */
              decidedAt?: string;
            }
          | {
              /** @constant */
              type: 'end-standstill';
              expectedVersion?: number;
            }
          | {
              /** @constant */
              type: 'conclude-contract';
              expectedVersion?: number;
              /** Format: date */
              startDate: string;
              termMonths: number;
              /** @default false */
              framework?: boolean;
            }
          | {
              /** @constant */
              type: 'open-review';
              expectedVersion?: number;
            }
          | {
              /** @constant */
              type: 'submit-follow-up';
              expectedVersion?: number;
              text: string;
              commitmentsMet: boolean;
            }
          | {
              /** @constant */
              type: 'review-decision';
              expectedVersion?: number;
              /** @enum {string} */
              decision: 'continue' | 'close';
            }
          | {
              /** @constant */
              type: 'withdraw';
              expectedVersion?: number;
              reason?: string;
            }
          | {
              /** @constant */
              type: 'mark-needs-attention';
              expectedVersion?: number;
              reason: string;
            };
      };
    };
    responses: {
      /** @description The match case after the action */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchCase'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: wrong stage or stale expectedVersion */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Deadline passed */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_procurement_ocds_noticeId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        noticeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The OCDS release package */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OcdsReleasePackage'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_me_notifications: {
    parameters: {
      query?: {
        after?: string;
        limit?: number;
      };
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the inbox */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxPage'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  POST_me_notifications_id_read: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The item, read */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxItem'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_me_notification_preferences: {
    parameters: {
      query?: never;
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The caller's choice (the default until they make one) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPreference'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PUT_me_notification_preferences: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NotificationPreferenceInput'];
      };
    };
    responses: {
      /** @description The choice as stored */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPreference'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_organisations: {
    parameters: {
      query?: {
        q?: string;
        kind?: 'public-body' | 'unit' | 'ideburen';
        region?: string;
        publicBody?: string;
        partnerOf?: string;
        limit?: number;
      };
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Matching organisations, by name */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationList'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_organisations_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The organisation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Organisation'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  POST_admin_organisations: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'unit' | 'ideburen';
          name: string;
          organisationNumber?: string;
          region?: string;
          /** @enum {string} */
          unitType?: 'narsjukhus' | 'vardcentral' | 'sjukhus' | 'procurement-unit' | 'other';
          /** @enum {string} */
          legalForm?: 'ideell-forening' | 'stiftelse' | 'ekonomisk-forening' | 'registrerat-trossamfund' | 'aktiebolag-svb' | 'other';
          criteria?: {
            solePublicBenefitPurpose: boolean;
            publicBodyControllingInfluence: boolean;
            assetsToNonProfitOnDissolution: boolean;
            /** @default false */
            isFoundation?: boolean;
            /** Format: date */
            checkedOn: string;
          };
          kammarkollegiet?: {
            registrationNumber: string;
            /** Format: date */
            registeredAt: string;
          };
          members?: {
            orgId: string;
            /** Format: date */
            actingAuthorisedOn?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description The registered organisation */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Organisation'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: wrong stage or stale expectedVersion */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PUT_admin_organisations_id: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion: number;
          name?: string;
          organisationNumber?: string;
          region?: string;
          /** @enum {string} */
          unitType?: 'narsjukhus' | 'vardcentral' | 'sjukhus' | 'procurement-unit' | 'other';
          /** @enum {string} */
          legalForm?: 'ideell-forening' | 'stiftelse' | 'ekonomisk-forening' | 'registrerat-trossamfund' | 'aktiebolag-svb' | 'other';
          criteria?: {
            solePublicBenefitPurpose: boolean;
            publicBodyControllingInfluence: boolean;
            assetsToNonProfitOnDissolution: boolean;
            /** @default false */
            isFoundation?: boolean;
            /** Format: date */
            checkedOn: string;
          };
          kammarkollegiet?: {
            registrationNumber: string;
            /** Format: date */
            registeredAt: string;
          } | null;
          members?: {
            orgId: string;
            /** Format: date */
            actingAuthorisedOn?: string;
          }[];
          contact?: {
            name: string;
            role: string;
            /** Format: email */
            email: string;
            phone?: string;
          };
          partner?: boolean;
        };
      };
    };
    responses: {
      /** @description The organisation after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Organisation'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: wrong stage or stale expectedVersion */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_admin_users: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accounts with role, organisation and whether they may sign in */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserList'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  POST_admin_users: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          name: string;
          /** @enum {string} */
          role: 'healthcare' | 'civil' | 'approver' | 'procurement' | 'admin';
          org: string;
        };
      };
    };
    responses: {
      /** @description The new account */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserAccount'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: wrong stage or stale expectedVersion */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PUT_admin_users_sub: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        sub: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          role?: 'healthcare' | 'civil' | 'approver' | 'procurement' | 'admin';
          enabled?: boolean;
        };
      };
    };
    responses: {
      /** @description The account after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserAccount'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_admin_audit: {
    parameters: {
      query?: {
        before?: string;
        limit?: number;
      };
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of audit entries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPage'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_public_bodies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The public bodies, by name */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WayInIndex'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_public_bodies_id: {
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
      /** @description The body's way in */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WayIn'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  POST_public_bodies_id_interest: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the first answer and changes nothing twice. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          unitId?: string;
          organisationName: string;
          organisationNumber?: string;
          contactName: string;
          /** Format: email */
          email: string;
          phone?: string;
          idea: string;
        };
      };
    };
    responses: {
      /** @description Received, and who receives it */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InterestReceipt'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule of the process is not met */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_interest: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The notes sent to your body */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InterestList'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_overview_publicBody: {
    parameters: {
      query?: {
        year?: number;
        lang?: 'sv' | 'en';
      };
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        publicBody: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures of the year (this year unless `year` is given) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowUpOverview'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_overview_publicBody_overview_csv: {
    parameters: {
      query?: {
        year?: number;
        lang?: 'sv' | 'en';
      };
      header?: {
        /** @description A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry. */
        'Acting-For'?: string;
      };
      path: {
        publicBody: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description text/csv; UTF-8 with BOM, semicolon-separated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': components['schemas']['CsvFile'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_public_overview_publicBody: {
    parameters: {
      query?: {
        year?: number;
        lang?: 'sv' | 'en';
      };
      header?: never;
      path: {
        publicBody: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures of the year, without people */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicFollowUpOverview'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_public_overview_publicBody_overview_csv: {
    parameters: {
      query?: {
        year?: number;
        lang?: 'sv' | 'en';
      };
      header?: never;
      path: {
        publicBody: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description text/csv; UTF-8 with BOM, semicolon-separated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': components['schemas']['CsvFile'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_public_register_json: {
    parameters: {
      query?: {
        q?: string;
        area?: string;
        unit?: string;
        organisation?: string;
        publicBody?: string;
        year?: number;
        lang?: 'sv' | 'en';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The agreements that match, and what the filters can be set to */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicRegisterPage'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GET_public_register_csv: {
    parameters: {
      query?: {
        q?: string;
        area?: string;
        unit?: string;
        organisation?: string;
        publicBody?: string;
        year?: number;
        lang?: 'sv' | 'en';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description text/csv; UTF-8 with BOM, semicolon-separated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': components['schemas']['CsvFile'];
        };
      };
      /** @description Invalid request (field errors listed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
