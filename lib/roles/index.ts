/** Date-aware roles: role descriptions resolved to people, and a person's office as of a date. */
export { roleDescriptionAt, roleLinesAt, type RoleLine } from './card';
export { resolveRoleDescriptions, type RoleMention, type RoleTense } from './resolve';
