import { type Contract, operation, viewType } from '../../platform/http/contract/operation.js';
import {
  AuditQuery,
  InterestInput,
  InterestQuery,
  InviteUserInput,
  NewOrganisationInput,
  OrganisationChanges,
  RegistryQuery,
  UserChanges,
  UserListQuery,
} from './requests.js';
import type {
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

const fn = 'AdminApi' as const;
const admin = ['admin'] as const;

/**
 * The organisation registry, its administration and the public way in. The
 * registry is read by every signed-in user and written by administrators,
 * each within their own public body; every change goes into that body's audit log.
 */
export const AdminContract = {
  listOrganisations: operation({
    method: 'GET',
    path: '/organisations',
    function: fn,
    auth: 'jwt',
    query: RegistryQuery,
    response: { status: 200, view: viewType<typeof OrganisationListView>() },
  }),
  getOrganisation: operation({
    method: 'GET',
    path: '/organisations/{id}',
    function: fn,
    auth: 'jwt',
    response: { status: 200, view: viewType<typeof OrganisationView>() },
  }),
  createOrganisation: operation({
    method: 'POST',
    path: '/admin/organisations',
    function: fn,
    auth: 'jwt',
    roles: admin,
    body: NewOrganisationInput,
    response: { status: 201, view: viewType<typeof OrganisationView>() },
    problems: [409, 422],
  }),
  updateOrganisation: operation({
    method: 'PUT',
    path: '/admin/organisations/{id}',
    function: fn,
    auth: 'jwt',
    roles: admin,
    body: OrganisationChanges,
    response: { status: 200, view: viewType<typeof OrganisationView>() },
    problems: [409, 422],
  }),
  listUsers: operation({
    method: 'GET',
    path: '/admin/users',
    function: fn,
    auth: 'jwt',
    roles: admin,
    query: UserListQuery,
    response: { status: 200, view: viewType<typeof UserListView>() },
  }),
  inviteUser: operation({
    method: 'POST',
    path: '/admin/users',
    function: fn,
    auth: 'jwt',
    roles: admin,
    body: InviteUserInput,
    response: { status: 201, view: viewType<typeof UserAccountView>() },
    problems: [409, 422],
  }),
  updateUser: operation({
    method: 'PUT',
    path: '/admin/users/{sub}',
    function: fn,
    auth: 'jwt',
    roles: admin,
    body: UserChanges,
    response: { status: 200, view: viewType<typeof UserAccountView>() },
    problems: [422],
  }),
  auditLog: operation({
    method: 'GET',
    path: '/admin/audit',
    function: fn,
    auth: 'jwt',
    roles: admin,
    query: AuditQuery,
    response: { status: 200, view: viewType<typeof AuditPageView>() },
  }),
  wayInIndex: operation({
    method: 'GET',
    path: '/public/bodies',
    function: fn,
    auth: 'none',
    response: { status: 200, view: viewType<typeof WayInIndexView>() },
  }),
  wayIn: operation({
    method: 'GET',
    path: '/public/bodies/{id}',
    function: fn,
    auth: 'none',
    response: { status: 200, view: viewType<typeof WayInView>() },
  }),
  sendInterest: operation({
    method: 'POST',
    path: '/public/bodies/{id}/interest',
    function: fn,
    auth: 'none',
    body: InterestInput,
    response: { status: 201, view: viewType<typeof InterestReceiptView>() },
    problems: [422],
  }),
  listInterest: operation({
    method: 'GET',
    path: '/interest',
    function: fn,
    auth: 'jwt',
    roles: ['healthcare', 'admin'],
    query: InterestQuery,
    response: { status: 200, view: viewType<typeof InterestListView>() },
  }),
} as const satisfies Contract;
