// Loaded with `node --import` before the API's server: its clock (`Date`) runs
// JOURNEY_CLOCK_SHIFT_DAYS days ahead, so a journey can come back months later on the same data.
const shift = Number(process.env.JOURNEY_CLOCK_SHIFT_DAYS ?? 0) * 86_400_000;
const RealDate = Date;

class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + shift);
    else super(...args);
  }

  static now() {
    return RealDate.now() + shift;
  }
}

globalThis.Date = ShiftedDate;
