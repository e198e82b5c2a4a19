import type { ClientLanguage } from '@digipakket/domain';
import { DEMO_NEIGHBOURHOODS } from '../demo/demo.people';

/** How often each preferred language occurs among generated clients (Gent-like: Dutch first, many others). */
export const LANGUAGE_WEIGHTS: readonly (readonly [ClientLanguage, number])[] = [
  ['nl', 30],
  ['ar', 12],
  ['tr', 11],
  ['bg', 9],
  ['fr', 6],
  ['ro', 6],
  ['pl', 5],
  ['sk', 5],
  ['uk', 5],
  ['en', 4],
  ['ru', 4],
  ['fa', 3],
];

/** First and last names as they occur among speakers of each language in Flanders. */
export const NAMES_BY_LANGUAGE: Record<
  ClientLanguage,
  { first: readonly string[]; last: readonly string[] }
> = {
  nl: {
    first: ['Jan', 'An', 'Luc', 'Rita', 'Dirk', 'Lieve', 'Kevin', 'Sofie', 'Marc', 'Els', 'Koen', 'Hilde'],
    last: [
      'Peeters',
      'De Smet',
      'Van Damme',
      'Vermeersch',
      'Claeys',
      'De Wilde',
      'Martens',
      'Van Acker',
      'Janssens',
      'Maes',
      'Willems',
      'Goossens',
    ],
  },
  fr: {
    first: [
      'Marie',
      'Nadia',
      'Chantal',
      'Pierre',
      'Julien',
      'Sophie',
      'Michel',
      'Isabelle',
      'Laurent',
      'Nathalie',
    ],
    last: [
      'Dubois',
      'Lambert',
      'Dupont',
      'Martin',
      'Leroy',
      'Renard',
      'Lefèvre',
      'Mertens',
      'Lejeune',
      'Simon',
    ],
  },
  en: {
    first: [
      'Grace',
      'Samuel',
      'Joseph',
      'Blessing',
      'Emmanuel',
      'Mary',
      'David',
      'Esther',
      'Daniel',
      'Faith',
    ],
    last: [
      'Okafor',
      'Mensah',
      'Boateng',
      'Adeyemi',
      'Owusu',
      'Smith',
      'Johnson',
      'Nwosu',
      'Asante',
      'Kamara',
    ],
  },
  ar: {
    first: [
      'Mohammed',
      'Fatima',
      'Rachid',
      'Samir',
      'Youssef',
      'Khadija',
      'Halima',
      'Karim',
      'Nora',
      'Said',
      'Amina',
      'Omar',
    ],
    last: [
      'El Amrani',
      'Bouzid',
      'Benali',
      'Ouali',
      'Ait Lahcen',
      'Tahiri',
      'Amrani',
      'El Idrissi',
      'Haddou',
      'Chaouki',
      'Bakkali',
      'Azzouzi',
    ],
  },
  tr: {
    first: ['Ayşe', 'Mehmet', 'Hatice', 'Emre', 'Zeynep', 'Mustafa', 'Elif', 'Ahmet', 'Fatma', 'Hüseyin'],
    last: ['Yılmaz', 'Demir', 'Kaya', 'Çelik', 'Aydın', 'Öztürk', 'Şahin', 'Doğan', 'Arslan', 'Koç'],
  },
  bg: {
    first: ['Ivan', 'Maria', 'Georgi', 'Elena', 'Dimitar', 'Petya', 'Nikolay', 'Yordanka', 'Stoyan', 'Radka'],
    last: [
      'Petrov',
      'Georgieva',
      'Dimitrov',
      'Ivanova',
      'Stoyanov',
      'Nikolova',
      'Todorov',
      'Angelova',
      'Kolev',
      'Marinova',
    ],
  },
  ro: {
    first: ['Andrei', 'Elena', 'Ion', 'Bogdan', 'Ioana', 'Mihai', 'Ana', 'Cristina', 'Florin', 'Gabriela'],
    last: [
      'Popescu',
      'Dumitru',
      'Munteanu',
      'Ionescu',
      'Stan',
      'Stoica',
      'Constantin',
      'Marin',
      'Rusu',
      'Matei',
    ],
  },
  pl: {
    first: [
      'Katarzyna',
      'Tomasz',
      'Ewa',
      'Anna',
      'Piotr',
      'Agnieszka',
      'Marek',
      'Joanna',
      'Paweł',
      'Magdalena',
    ],
    last: [
      'Nowak',
      'Wiśniewski',
      'Kowalczyk',
      'Zielińska',
      'Wójcik',
      'Kamińska',
      'Lewandowski',
      'Dąbrowska',
      'Mazur',
      'Krawczyk',
    ],
  },
  sk: {
    first: ['Ján', 'Petra', 'Milan', 'Jana', 'Marek', 'Zuzana', 'Peter', 'Lucia', 'Roman', 'Monika'],
    last: [
      'Horváth',
      'Balogová',
      'Kováč',
      'Varga',
      'Tóth',
      'Nagyová',
      'Baláž',
      'Lakatošová',
      'Szabó',
      'Oláh',
    ],
  },
  uk: {
    first: [
      'Olena',
      'Oleksandr',
      'Iryna',
      'Andriy',
      'Natalia',
      'Serhiy',
      'Oksana',
      'Yuriy',
      'Tetiana',
      'Mykola',
    ],
    last: [
      'Kovalenko',
      'Shevchenko',
      'Bondarenko',
      'Tkachenko',
      'Kravchenko',
      'Melnyk',
      'Boyko',
      'Oliynyk',
      'Lysenko',
      'Marchenko',
    ],
  },
  ru: {
    first: [
      'Sergei',
      'Natalia',
      'Dmitri',
      'Olga',
      'Alexei',
      'Svetlana',
      'Vladimir',
      'Irina',
      'Pavel',
      'Tatiana',
    ],
    last: [
      'Ivanov',
      'Smirnova',
      'Volkov',
      'Kuznetsova',
      'Popov',
      'Sokolova',
      'Lebedev',
      'Kozlova',
      'Novikov',
      'Morozova',
    ],
  },
  fa: {
    first: ['Ahmad', 'Zahra', 'Mariam', 'Abdul', 'Farid', 'Shabnam', 'Reza', 'Parisa', 'Hamid', 'Nasrin'],
    last: [
      'Rahimi',
      'Hosseini',
      'Sultani',
      'Karimi',
      'Ahmadi',
      'Mohammadi',
      'Jafari',
      'Azizi',
      'Noori',
      'Sadat',
    ],
  },
};

/** A place clients live in: a neighbourhood, a street in it, its postcode and approximate centre. */
export type Neighbourhood = { name: string; street: string; postcode: string; lat: number; lon: number };

const GENERIC_QUARTERS = [
  { name: 'Centrum', street: 'Marktstraat', dLat: 0, dLon: 0 },
  { name: 'Stationswijk', street: 'Stationsstraat', dLat: -0.008, dLon: 0.006 },
  { name: 'Noord', street: 'Noordstraat', dLat: 0.012, dLon: 0.001 },
  { name: 'Zuid', street: 'Zuidlaan', dLat: -0.014, dLon: -0.003 },
  { name: 'Kerkwijk', street: 'Kerkstraat', dLat: 0.004, dLon: -0.01 },
  { name: 'Molenwijk', street: 'Molenstraat', dLat: -0.003, dLon: 0.015 },
  { name: 'Sociale woonwijk', street: 'Tuinwijk', dLat: 0.009, dLon: 0.011 },
] as const;

/** Welfare centres of Flanders the large data set is made of; Gent comes first. */
export const MUNICIPALITIES = [
  { name: 'Gent', slug: 'gent', postcode: '9000', lat: 51.054, lon: 3.725 },
  { name: 'Antwerpen', slug: 'antwerpen', postcode: '2000', lat: 51.219, lon: 4.402 },
  { name: 'Brugge', slug: 'brugge', postcode: '8000', lat: 51.209, lon: 3.225 },
  { name: 'Leuven', slug: 'leuven', postcode: '3000', lat: 50.879, lon: 4.701 },
  { name: 'Mechelen', slug: 'mechelen', postcode: '2800', lat: 51.026, lon: 4.478 },
  { name: 'Aalst', slug: 'aalst', postcode: '9300', lat: 50.937, lon: 4.04 },
  { name: 'Kortrijk', slug: 'kortrijk', postcode: '8500', lat: 50.828, lon: 3.265 },
  { name: 'Hasselt', slug: 'hasselt', postcode: '3500', lat: 50.93, lon: 5.338 },
  { name: 'Sint-Niklaas', slug: 'sint-niklaas', postcode: '9100', lat: 51.165, lon: 4.143 },
  { name: 'Oostende', slug: 'oostende', postcode: '8400', lat: 51.23, lon: 2.92 },
  { name: 'Genk', slug: 'genk', postcode: '3600', lat: 50.965, lon: 5.5 },
  { name: 'Roeselare', slug: 'roeselare', postcode: '8800', lat: 50.946, lon: 3.123 },
  { name: 'Turnhout', slug: 'turnhout', postcode: '2300', lat: 51.322, lon: 4.944 },
  { name: 'Vilvoorde', slug: 'vilvoorde', postcode: '1800', lat: 50.928, lon: 4.425 },
  { name: 'Dendermonde', slug: 'dendermonde', postcode: '9200', lat: 51.028, lon: 4.101 },
  { name: 'Lokeren', slug: 'lokeren', postcode: '9160', lat: 51.104, lon: 3.993 },
  { name: 'Ninove', slug: 'ninove', postcode: '9400', lat: 50.835, lon: 4.024 },
  { name: 'Ieper', slug: 'ieper', postcode: '8900', lat: 50.851, lon: 2.885 },
  { name: 'Tienen', slug: 'tienen', postcode: '3300', lat: 50.807, lon: 4.938 },
  { name: 'Lier', slug: 'lier', postcode: '2500', lat: 51.131, lon: 4.57 },
] as const;

/** The tenant's municipality; past the list, the names repeat with a district number. */
export function municipalityOf({ tenantIndex }: { tenantIndex: number }) {
  const base = MUNICIPALITIES[tenantIndex % MUNICIPALITIES.length]!;
  const round = Math.floor(tenantIndex / MUNICIPALITIES.length);
  if (round === 0) return { ...base };
  return { ...base, name: `${base.name} ${round + 1}`, slug: `${base.slug}-${round + 1}` };
}

/** Gent's own neighbourhoods for Gent; generic quarters around the town centre elsewhere. */
export function neighbourhoodsOf({ tenantIndex }: { tenantIndex: number }): Neighbourhood[] {
  const town = municipalityOf({ tenantIndex });
  if (tenantIndex % MUNICIPALITIES.length === 0) return DEMO_NEIGHBOURHOODS.map((place) => ({ ...place }));
  return GENERIC_QUARTERS.map((quarter) => ({
    name: quarter.name,
    street: quarter.street,
    postcode: town.postcode,
    lat: town.lat + quarter.dLat,
    lon: town.lon + quarter.dLon,
  }));
}
