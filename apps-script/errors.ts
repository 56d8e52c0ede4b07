/** An error whose message is Thai and meant for the user as it is (no "เกิดข้อผิดพลาด" prefix, no stack). */
export class UserError extends Error {}
