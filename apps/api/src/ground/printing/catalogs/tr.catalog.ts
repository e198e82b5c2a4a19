import type { Catalog } from './catalog.types';

/** Turkish: machine-quality translation of the Dutch reference, not yet reviewed. */
export const tr: Catalog = {
  meta: { language: 'tr', name: 'Türkçe', reviewed: false },
  messages: {
    'common.questions': 'Sorunuz mu var? {phone} numarasını arayın.',
    'common.questionsEmail':
      'Sorunuz mu var? {phone} numarasını arayın veya {email} adresine e-posta gönderin.',
    'common.questionsNoPhone': 'Sorunuz mu var? Sosyal görevlinize sorun.',
    'common.questionsEmailOnly': 'Sorunuz mu var? {email} adresine e-posta gönderin.',
    'common.page': 'Sayfa {page} / {pages}',

    'overview.title': 'Dijital paketiniz',
    'overview.greeting': 'Hoş geldiniz, {name}!',
    'overview.intro':
      'Bu pakette dizüstü bilgisayarınız ve alacağınız yardım hakkında her şey var. İyi saklayın.',
    'overview.laptop.title': 'Dizüstü bilgisayarınız',
    'overview.laptop.text':
      'Bir dizüstü bilgisayar alıyorsunuz. Anlaşmalar teslim belgesinde yazılı. Onları dikkatle okuyun.',
    'overview.homeHelp.title': 'Evde yardım',
    'overview.homeHelp.text':
      'Bir öğrenci evinize gelir. Bilgisayarı kurar ve nasıl çalıştığını anlatır. Randevu için {phone} numarasını arayın.',
    'overview.homeHelp.textNoPhone':
      'Bir öğrenci evinize gelir. Bilgisayarı kurar ve nasıl çalıştığını anlatır. Sosyal görevliniz randevu almanıza yardım eder.',
    'overview.lessons.title': 'Grup dersleri',
    'overview.lessons.text':
      'Küçük bir grupta bilgisayarı kullanmayı öğrenirsiniz. İlk ders {date} tarihinde.',
    'overview.buddy.title': "Digibuddy'niz",
    'overview.buddy.text':
      "{name} sizin Digibuddy'nizdir: bilgisayar konusunda size yardım eden bir gönüllü. Buluşmaları birlikte kararlaştırırsınız.",
    'overview.buddy.phone': '{name} kişisini {phone} numarasından arayın.',
    'overview.buddy.email': '{email} adresine e-posta gönderin.',
    'overview.buddy.noContact': 'Sosyal görevliniz sizi birbirinizle tanıştırır.',
    'overview.helpNearby.title': 'Yakınınızda yardım',
    'overview.helpNearby.text':
      'Daha sonra bir sorunuz mu var? Bir Digipunt’a gidin. Orada size ücretsiz yardım ederler.',

    'receipt.title': 'Dizüstü bilgisayar teslim belgesi',
    'receipt.intro': '{client} bugün {organisation} kurumundan bir dizüstü bilgisayar alıyor.',
    'receipt.dutchNote': 'Her metnin yanında dosya için Felemenkçe metin de bulunur.',
    'receipt.device.model': 'Model',
    'receipt.device.serial': 'Seri numarası',
    'receipt.device.date': 'Tarih',
    'receipt.agreements': 'Anlaşmalar',
    'receipt.ownership': 'Bilgisayar bugünden itibaren sizindir. Onu satamaz veya başkasına veremezsiniz.',
    'receipt.loan':
      'Bilgisayarı {organisation} kurumundan ödünç alıyorsunuz. Bilgisayar {organisation} kurumuna ait kalır. İstediğimizde geri verin.',
    'receipt.loanReturnBy': 'Bilgisayarı en geç {date} tarihinde geri verin.',
    'receipt.care':
      'Bilgisayara iyi bakın. Kuru ve temiz tutun. Yalnızca bilgisayarla birlikte aldığınız şarj aletini kullanın.',
    'receipt.password': 'Bir şifre seçin. Şifreyi kimseye söylemeyin.',
    'receipt.problem.title': 'Bilgisayarda bir sorun mu var?',
    'receipt.problem.text':
      'Bilgisayarı kendiniz açmayın ve bir dükkâna götürmeyin. {name} ile {phone} numarasından iletişime geçin.',
    'receipt.problem.textNoPhone':
      'Bilgisayarı kendiniz açmayın ve bir dükkâna götürmeyin. Sosyal görevlinize söyleyin.',
    'receipt.lost': 'Bilgisayar kayboldu veya çalındı mı? Hemen sosyal danışmanınıza söyleyin.',
    'receipt.appointments': 'Randevularınız',
    'receipt.appointment.installation':
      'Bir öğrenci bilgisayarı kurmak için evinize gelir. Gün seçmek için {name} ile {phone} numarasından iletişime geçin.',
    'receipt.appointment.installationNoPhone':
      '{name} adına bir öğrenci bilgisayarı kurmak için evinize gelir. Sosyal görevliniz bir gün seçmenize yardım eder.',
    'receipt.appointment.installationAt':
      '{name} kurumundan bir öğrenci {date} tarihinde bilgisayarı evinizde kuracak.',
    'receipt.appointment.firstLesson': 'İlk dersiniz {date} tarihinde, {place} adresinde.',
    'receipt.appointment.socialWorker': '{date} tarihinde sosyal danışmanınızla görüşmeniz var.',
    'receipt.declaration': 'Bilgisayarı teslim aldım. Anlaşmaları anlıyorum ve onlara uyacağım.',
    'receipt.signature.client': 'Danışanın imzası',
    'receipt.signature.socialWorker': 'Sosyal danışmanın imzası',
    'receipt.signedAt': 'İmza tarihi: {date}',

    'cheque.title': 'Digiçek',
    'cheque.duration': 'Bir bilişim öğrencisinden {duration} evde yardım',
    'cheque.purpose.installation':
      'Önce bu çeki kullanın: öğrenci bilgisayarınızı kurar ve temel bilgileri anlatır.',
    'cheque.purpose.free': 'Bu çeki yardıma ihtiyacınız olduğunda kullanın.',
    'cheque.code': 'Kodunuz',
    'cheque.validUntil': 'Son geçerlilik tarihi: {date}',
    'cheque.howTo':
      '{name} ile {phone} numarasından iletişime geçin. Kodunuzu söyleyin. Birlikte bir gün seçersiniz.',
    'cheque.howToNoPhone':
      'Sosyal görevliniz {name} ile nasıl iletişime geçeceğinizi söyler. Kodunuzu söyleyin. Birlikte bir gün seçersiniz.',
    'cheque.student': 'Bu çeki öğrenciye gösterin.',
    'cheque.number': 'Çek {number} / {total}',
    'cheque.for': 'Kimin için: {name}',

    'lessons.title': 'Dersleriniz',
    'lessons.intro':
      'Küçük bir grupta bilgisayarı kullanmayı öğrenirsiniz. Dersler ücretsizdir. Her derse gelin.',
    'lessons.when': 'Ne zaman?',
    'lessons.session': 'Ders {number}: {date}, {start} - {end} arası',
    'lessons.where': 'Nerede?',
    'lessons.directions': 'Nasıl gidilir:',
    'lessons.bring': 'Yanınıza ne alırsınız?',
    'lessons.bring.laptop': 'Dizüstü bilgisayarınız',
    'lessons.bring.charger': 'Bilgisayarınızın şarj aleti',
    'lessons.bring.eid': 'Kimlik kartınız ve PIN kodu, varsa',
    'lessons.absent': 'Gelemiyor musunuz? {name} ile {phone} numarasından iletişime geçin.',
    'lessons.absentNoPhone': 'Gelemiyor musunuz? Sosyal görevlinize söyleyin.',
    'lessons.teacher': 'Öğretmeniniz: {name}',

    'help.title': 'Yakınınızda yardım: Digipunt’lar',
    'help.intro':
      'Bir Digipunt’ta bilgisayar, e-posta ve internet siteleri konusunda size ücretsiz yardım edilir. Açılış saatlerine bakın.',
    'help.hours': 'Açık',
    'help.languages': 'Diller',
    'help.phone': 'Telefon',
    'help.distance': 'Evinize {distance} uzaklıkta',
    'help.none': 'En yakın Digipunt’un nerede olduğunu sosyal danışmanınıza sorun.',
    'help.titleArea': '{area} içindeki Digipunt’lar',
    'help.areaNote':
      'Adresinizi bilmiyoruz. Bu yüzden burada {area} içindeki Digipunt’lar var. Evinize yakın Digipunt’un hangisi olduğunu sosyal danışmanınıza sorun.',
  },
};
