import type { ClientLanguage } from '@digipakket/domain';

/** Demo clients: names as they occur in Gent, each with the language they prefer. */
export const DEMO_PEOPLE: {
  firstName: string;
  lastName: string;
  language: ClientLanguage;
  interpreter?: boolean;
}[] = [
  { firstName: 'Mohammed', lastName: 'El Amrani', language: 'ar', interpreter: true },
  { firstName: 'Ayşe', lastName: 'Yılmaz', language: 'tr' },
  { firstName: 'Jan', lastName: 'Peeters', language: 'nl' },
  { firstName: 'Ivan', lastName: 'Petrov', language: 'bg' },
  { firstName: 'Fatima', lastName: 'Bouzid', language: 'ar' },
  { firstName: 'Andrei', lastName: 'Popescu', language: 'ro' },
  { firstName: 'Katarzyna', lastName: 'Nowak', language: 'pl' },
  { firstName: 'Olena', lastName: 'Kovalenko', language: 'uk' },
  { firstName: 'An', lastName: 'De Smet', language: 'nl' },
  { firstName: 'Ahmad', lastName: 'Rahimi', language: 'fa', interpreter: true },
  { firstName: 'Mehmet', lastName: 'Demir', language: 'tr' },
  { firstName: 'Marie', lastName: 'Dubois', language: 'fr' },
  { firstName: 'Ján', lastName: 'Horváth', language: 'sk' },
  { firstName: 'Sergei', lastName: 'Ivanov', language: 'ru' },
  { firstName: 'Grace', lastName: 'Okafor', language: 'en' },
  { firstName: 'Zahra', lastName: 'Hosseini', language: 'fa' },
  { firstName: 'Rachid', lastName: 'Benali', language: 'ar' },
  { firstName: 'Hatice', lastName: 'Kaya', language: 'tr', interpreter: true },
  { firstName: 'Maria', lastName: 'Georgieva', language: 'bg' },
  { firstName: 'Luc', lastName: 'Van Damme', language: 'nl' },
  { firstName: 'Elena', lastName: 'Dumitru', language: 'ro' },
  { firstName: 'Tomasz', lastName: 'Wiśniewski', language: 'pl' },
  { firstName: 'Nadia', lastName: 'Haddou', language: 'fr' },
  { firstName: 'Oleksandr', lastName: 'Shevchenko', language: 'uk' },
  { firstName: 'Rita', lastName: 'Vermeersch', language: 'nl' },
  { firstName: 'Mariam', lastName: 'Sultani', language: 'fa' },
  { firstName: 'Emre', lastName: 'Çelik', language: 'tr' },
  { firstName: 'Petra', lastName: 'Balogová', language: 'sk', interpreter: true },
  { firstName: 'Samir', lastName: 'Ouali', language: 'ar' },
  { firstName: 'Natalia', lastName: 'Smirnova', language: 'ru' },
  { firstName: 'Dirk', lastName: 'Claeys', language: 'nl' },
  { firstName: 'Youssef', lastName: 'Ait Lahcen', language: 'ar' },
  { firstName: 'Georgi', lastName: 'Dimitrov', language: 'bg', interpreter: true },
  { firstName: 'Ewa', lastName: 'Kowalczyk', language: 'pl' },
  { firstName: 'Chantal', lastName: 'Lambert', language: 'fr' },
  { firstName: 'Abdul', lastName: 'Karimi', language: 'fa' },
  { firstName: 'Iryna', lastName: 'Bondarenko', language: 'uk' },
  { firstName: 'Kevin', lastName: 'De Wilde', language: 'nl' },
  { firstName: 'Zeynep', lastName: 'Aydın', language: 'tr' },
  { firstName: 'Ion', lastName: 'Munteanu', language: 'ro' },
  { firstName: 'Samuel', lastName: 'Mensah', language: 'en' },
  { firstName: 'Khadija', lastName: 'Tahiri', language: 'ar' },
  { firstName: 'Lieve', lastName: 'Martens', language: 'nl' },
  { firstName: 'Dmitri', lastName: 'Volkov', language: 'ru' },
  { firstName: 'Milan', lastName: 'Kováč', language: 'sk' },
  { firstName: 'Halima', lastName: 'Amrani', language: 'ar' },
  { firstName: 'Bogdan', lastName: 'Ionescu', language: 'ro' },
  { firstName: 'Sofie', lastName: 'Van Acker', language: 'nl' },
  { firstName: 'Anna', lastName: 'Zielińska', language: 'pl' },
  { firstName: 'Mustafa', lastName: 'Öztürk', language: 'tr' },
];

/** Gent neighbourhoods with a street, postcode and an approximate centre. */
export const DEMO_NEIGHBOURHOODS = [
  { name: 'Brugse Poort', street: 'Bevrijdingslaan', postcode: '9000', lat: 51.0587, lon: 3.7053 },
  { name: 'Rabot', street: 'Wondelgemstraat', postcode: '9000', lat: 51.0645, lon: 3.7137 },
  { name: 'Sluizeken-Tolhuis-Ham', street: 'Sleepstraat', postcode: '9000', lat: 51.0636, lon: 3.7277 },
  { name: 'Dampoort', street: 'Dendermondsesteenweg', postcode: '9000', lat: 51.0569, lon: 3.7432 },
  { name: 'Sint-Amandsberg', street: 'Antwerpsesteenweg', postcode: '9040', lat: 51.0607, lon: 3.7556 },
  { name: 'Ledeberg', street: 'Hundelgemsesteenweg', postcode: '9050', lat: 51.0381, lon: 3.7411 },
  { name: 'Nieuw Gent', street: 'Kikvorsstraat', postcode: '9000', lat: 51.0252, lon: 3.7297 },
  { name: 'Muide-Meulestede', street: 'Meulesteedsesteenweg', postcode: '9000', lat: 51.0755, lon: 3.7322 },
  { name: 'Gentbrugge', street: 'Brusselsesteenweg', postcode: '9050', lat: 51.0404, lon: 3.7605 },
  { name: 'Wondelgem', street: 'Wondelgemkerkstraat', postcode: '9032', lat: 51.0876, lon: 3.7144 },
  { name: 'Oostakker', street: 'Oostakkerdorp', postcode: '9041', lat: 51.0902, lon: 3.7684 },
  { name: 'Macharius-Heirnis', street: 'Kasteellaan', postcode: '9000', lat: 51.0471, lon: 3.7372 },
  { name: 'Mariakerke', street: 'Brugsesteenweg', postcode: '9030', lat: 51.0708, lon: 3.6767 },
  { name: 'Drongen', street: 'Drongenplein', postcode: '9031', lat: 51.0504, lon: 3.6571 },
] as const;

/** Deterministic pseudo-random numbers (mulberry32), so every demo load is the same. */
export function createSeededRandom({ seed }: { seed: number }) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
