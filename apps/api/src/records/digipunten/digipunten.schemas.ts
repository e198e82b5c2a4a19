import { z } from 'zod';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? undefined : value))
    .optional();

/** One Digipunt (public digital help point) of a tenant's directory, after validation. */
export const digipuntSchema = z
  .strictObject({
    name: z.string().trim().min(1, 'is empty').max(200),
    street: z.string().trim().min(1, 'is empty').max(200),
    postcode: z
      .string()
      .trim()
      .regex(/^\d{4}$/, 'is not a Belgian postcode (4 digits)'),
    city: z.string().trim().min(1, 'is empty').max(100),
    neighbourhood: optionalText(120),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    openingHours: z.string().trim().min(1, 'is empty').max(500),
    languages: z.array(z.string().regex(/^[a-z]{2}$/, 'must be two-letter codes such as nl, fr, ar')).max(30),
    phone: optionalText(40),
  })
  .refine((point) => (point.lat === undefined) === (point.lon === undefined), {
    message: 'lat and lon go together: give both or neither',
    path: ['lat'],
  });

/** A validated Digipunt. */
export type Digipunt = z.infer<typeof digipuntSchema>;

/** Why one row of an imported directory was refused; row 1 is the CSV header or the first GeoJSON feature. */
export const DigipuntRowErrorSchema = z.object({
  row: z.number().int(),
  code: z.enum(['digipunten.missing_column', 'digipunten.invalid_row', 'digipunten.invalid_file']),
  field: z.string().optional(),
  message: z.string(),
});
export type DigipuntRowError = z.infer<typeof DigipuntRowErrorSchema>;

/**
 * An import of a tenant's Digipunten directory. `content` is the file's text; with `dryRun` the
 * file is only checked and nothing changes. A real run replaces the directory with the valid rows.
 */
export const DigipuntenImportSchema = z
  .strictObject({
    format: z.enum(['csv', 'geojson']),
    content: z.string().min(1).max(5_000_000),
    dryRun: z.boolean().default(false),
  })
  .meta({ id: 'DigipuntenImport' });

export const DigipuntenImportReportSchema = z
  .object({
    dryRun: z.boolean(),
    valid: z.number().int(),
    refused: z.number().int(),
    imported: z.number().int(),
    errors: z.array(DigipuntRowErrorSchema),
  })
  .meta({ id: 'DigipuntenImportReport' });
export type DigipuntenImportReport = z.infer<typeof DigipuntenImportReportSchema>;

export const DigipuntenQuerySchema = z.object({
  /** A client id: the Digipunten nearest to that client's home, closest first. */
  near: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(3),
});

export const DigipuntViewSchema = z.object({
  name: z.string(),
  street: z.string(),
  postcode: z.string(),
  city: z.string(),
  neighbourhood: z.string().optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  openingHours: z.string(),
  languages: z.array(z.string()),
  phone: z.string().optional(),
  distanceKm: z.number().optional(),
});

export const DigipuntenListSchema = z
  .object({
    items: z.array(DigipuntViewSchema),
    total: z.number().int(),
    area: z.string().optional().meta({
      description:
        "Near a client whose location is unknown: the places the listed Digipunten are in (e.g. 'Gent'), since the list is not by distance.",
    }),
  })
  .meta({ id: 'DigipuntenList' });
