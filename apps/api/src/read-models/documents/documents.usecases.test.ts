import { describe, expect, it } from 'vitest';
import { safeFileName } from './documents.usecases';

describe('download file names', () => {
  it('keep plain letters and digits only, so no header or path can be forged', () => {
    expect(safeFileName({ parts: ['welcome-pack', 'Çelik', 'Ayşe', 'tr'] })).toBe(
      'welcome-pack-celik-ayse-tr.pdf',
    );
    expect(safeFileName({ parts: ['receipt', '"; rm -rf /', '../..', 'nl'] })).toBe('receipt-rm-rf-nl.pdf');
    expect(safeFileName({ parts: ['cheques', 'Aydın', 'Wałęsa', 'nl'] })).toBe('cheques-aydin-walesa-nl.pdf');
    expect(safeFileName({ parts: ['', 'حداد'] })).toBe('document.pdf');
  });
});
