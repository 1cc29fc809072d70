/**
 * `{ key: value }`, or nothing when the value is absent: a view leaves out what the case does not have.
 * A module of its own, apart from the view fields (view-fields.ts), so the handlers that map to views
 * do not bundle the view schemas.
 */
export const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as { [P in K]: V }));
