// The report formats, apart from the renderers: command options list them at start-up.
export const reportFormats = ['html', 'md', 'json'] as const;
export type ReportFormat = (typeof reportFormats)[number];
