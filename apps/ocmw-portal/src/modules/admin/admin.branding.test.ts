import { describe, expect, it } from 'vitest';
import { filledIn, LOGO_MAX_BYTES, logoProblem } from './admin.branding';

describe('the logo and fields of the details on the documents', () => {
  it('takes a PNG up to the size the API accepts and refuses another image or a larger one', () => {
    const png = 'iVBORw0KGgoAAAANSUhEUg';
    expect(logoProblem({ base64: png, size: LOGO_MAX_BYTES })).toBeNull();
    expect(logoProblem({ base64: png, size: LOGO_MAX_BYTES + 1 })).toBe('too_large');
    expect(logoProblem({ base64: '/9j/4AAQSkZJRg', size: 1000 })).toBe('not_png');
  });

  it('leaves out the fields left blank and trims the others', () => {
    expect(filledIn({ contactEmail: '  ', address: ' Hopmarkt 20 ', footer: '' })).toEqual({
      address: 'Hopmarkt 20',
    });
  });
});
