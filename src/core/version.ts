// Kept equal to package.json's version by a unit test; named in the User-Agent and the reports.
export const ACTION_NAME = 'artifact-reputation-gate';
export const ACTION_VERSION = '1.0.0';
