import type { OperationDocs } from '../../platform/http/contract/operation-docs.js';
import type { AdminContract } from './operations.js';
import {
  AuditPageView,
  InterestListView,
  InterestReceiptView,
  OrganisationListView,
  OrganisationView,
  UserAccountView,
  UserListView,
  WayInIndexView,
  WayInView,
} from './views.js';

/** What the OpenAPI document says of each registry and administration route, and the view it answers with (not bundled with the admin API). */
export const AdminOperationDocs: OperationDocs<typeof AdminContract> = {
  listOrganisations: {
    summary: 'Search the organisation registry by name, kind, region or public body',
    description: '`q` matches words of the name (case and å/ä/ö aside) or the organisation number; at most `limit` entries, `more` when others match.',
    tags: ['registry'],
    response: { description: 'Matching organisations, by name', view: OrganisationListView },
  },
  getOrganisation: {
    summary: 'One organisation: its organisation number, legal form, checked statutes, Kammarkollegiet registration, members or units',
    tags: ['registry'],
    response: { description: 'The organisation', view: OrganisationView },
  },
  createOrganisation: {
    summary: 'Register a unit of your public body, or an idéburen organisation',
    tags: ['admin'],
    response: { description: 'The registered organisation', view: OrganisationView },
  },
  updateOrganisation: {
    summary: 'Change an organisation of your public body, or an idéburen organisation (expectedVersion required)',
    tags: ['admin'],
    response: { description: 'The organisation after the change', view: OrganisationView },
  },
  listUsers: {
    summary: 'The users of your public body and its units',
    tags: ['admin'],
    response: { description: 'Accounts with role, organisation and whether they may sign in', view: UserListView },
  },
  inviteUser: {
    summary: 'Invite a person by e-mail with a role and an organisation of your public body',
    description: 'In AWS the person gets an e-mail from the user pool with a temporary password; locally the account appears on the sign-in page.',
    tags: ['admin'],
    response: { description: 'The new account', view: UserAccountView },
  },
  updateUser: {
    summary: "Change a user's role, or disable or enable their account",
    tags: ['admin'],
    response: { description: 'The account after the change', view: UserAccountView },
  },
  auditLog: {
    summary: "Your public body's audit log, newest first: who changed what, when, before and after",
    description: "Pass the answer's `next` as `before` for the next page.",
    tags: ['admin'],
    response: { description: 'A page of audit entries', view: AuditPageView },
  },
  wayInIndex: {
    summary: 'The public bodies one can start an IOP with, by name (their way in is under /public/bodies/{id})',
    description: 'From the organisation registry: name, kind (region or municipality) and region only; no person is named here.',
    tags: ['public'],
    response: { description: 'The public bodies, by name', view: WayInIndexView },
  },
  wayIn: {
    summary: 'How to start an IOP with a public body: whom to contact, and its units',
    tags: ['public'],
    response: { description: "The body's way in", view: WayInView },
  },
  sendInterest: {
    summary: 'Send an intresseanmälan: an idea for a partnership, before any formal initiation',
    description: "The body's contact receives it; its healthcare staff and administrators read it under GET /interest.",
    tags: ['public'],
    response: { description: 'Received, and who receives it', view: InterestReceiptView },
  },
  listInterest: {
    summary: 'Intresseanmälningar sent to your public body, newest first',
    tags: ['registry'],
    response: { description: 'The notes sent to your body', view: InterestListView },
  },
};
