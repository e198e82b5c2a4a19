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
export type DigipuntRowError = {
  row: number;
  code: 'digipunten.missing_column' | 'digipunten.invalid_row' | 'digipunten.invalid_file';
  field?: string;
  message: string;
};
