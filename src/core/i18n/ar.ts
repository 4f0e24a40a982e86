/**
 * Arabic (right to left). Machine-drafted from the English catalogue: a qualified legal
 * translator must review it before `reviewedBy` is set; until then every report says so.
 * Logged values are isolated (FSI…PDI) by the translator, so Latin IDs keep their order.
 * @module
 */
import type { Catalogue } from './catalogue.ts';

export const AR: Catalogue = {
  language: 'ar',
  name: 'العربية',
  direction: 'rtl',
  origin: 'machine-drafted',
  reviewedBy: null,
  messages: {
    'report.title': 'تقرير سلسلة الحيازة: العنصر {item}',
    'report.verified': 'تم التحقق',
    'report.notVerified': 'لم يتم التحقق',
    'report.verifiedDetail':
      'نجحت جميع عمليات الفحص باستخدام مفتاح السجل المثبّت: سجل الحيازة أدناه هو ما التزم به السجل.',
    'report.notVerifiedDetail':
      'فشل فحص واحد على الأقل (انظر «التحقق»). الوقائع أدناه هي فقط ما تدّعيه الحزمة: لا تعتمد عليها.',
    'report.compromised':
      'القيود {entries} موقّعة بمفتاح أُعلن لاحقًا أنه مخترق اعتبارًا من وقت سابق لتسجيلها: لقد سُجّلت قبل ذلك الإعلان، لذا فهي تجتاز التحقق، لكن قدّر وزنها بحذر (مُعلَّمة أدناه).',
    'report.item': 'العنصر',
    'report.generated': 'تاريخ إعداد التقرير',
    'report.bundleMade': 'تاريخ إعداد الحزمة',
    'report.exportedBy': 'صدّرها',
    'report.derivatives': 'سجلات المشتقات',
    'report.derivativesIncluded':
      '{included, select, yes {مشمولة، وتم التحقق منها مع سجل العنصر} other {غير مشمولة}}',
    'report.bundleSha256': 'بصمة SHA-256 للحزمة',
    'report.language': 'اللغة',
    'report.unprintable':
      'بعض المحارف ليس لها رسم في خطوط ملف PDF هذا؛ يظهر كل منها بالشكل [U+رمز] والنص الدقيق موجود في الملف المرفق bundle.json: {codes}.',
    'report.seeBundle': '… [انظر bundle.json]',
    'report.footer': 'العنصر {item} · {verdict} · بصمة SHA-256 للحزمة {sha256}',
    'report.page': 'الصفحة {n} من {of}',
    'report.reviewed': 'راجع الترجمة: {reviewer}. الملف المرفق bundle.json هو السجل المعتمد.',
    'report.unreviewed':
      'ترجمة آلية أولية لم يراجعها بعد مترجم قانوني مؤهل. الملف المرفق bundle.json هو السجل المعتمد.',
    'report.generatedAt': 'أُعدّ التقرير في {time}',
    'time.utc': '{time} UTC',
    'time.recorded': '{utc} (سُجّل بالتوقيت المحلي {local})',
    'time.logged': 'سُجّل في {time}',
    'time.byTsa': 'TSA {name}',
    'time.byWitness': 'الشاهد {name}',
    'time.noLaterThan': 'في موعد لا يتجاوز {time}',
    'case.section': 'القضية والطلبات',
    'case.reference': 'رقم القضية',
    'case.title': 'العنوان',
    'case.organisation': 'الجهة',
    'case.state': 'الدولة',
    'case.none': 'لا تذكر الحزمة أي قضية.',
    'request.heading': 'الطلبات بين الدول',
    'request.request': 'الطلب',
    'request.type': 'النوع',
    'request.fromTo': 'من ← إلى',
    'request.parties':
      '{requestingAuthority} ({requestingState}) → {requestedAuthority} ({requestedState}، سلطة معيّنة بالقيد {designation})',
    'request.legalBasis': 'الأساس القانوني',
    'request.status': 'الحالة',
    'request.none': 'لا يوجد طلب مساعدة يخص هذا العنصر.',
    'item.none': 'لا يوجد تسجيل موثَّق للعنصر (انظر «التحقق»).',
    'item.the': 'العنصر: {id}',
    'item.related': 'عنصر مرتبط: {id}',
    'item.description': 'الوصف',
    'item.case': 'القضية',
    'item.exhibit': 'رقم الحرز',
    'item.size': 'الحجم',
    'item.mediaType': 'نوع الوسائط',
    'item.origin': 'المصدر',
    'item.originUnknown': 'غير مذكور في الحزمة',
    'item.registered': 'تاريخ التسجيل (في السجل)',
    'item.custodian': 'الحائز (آخر ما سُجّل هنا)',
    'item.status': 'الحالة (آخر ما سُجّل هنا)',
    'item.derivedFrom': 'مشتق من',
    'item.relation': 'العلاقة',
    'item.sourceOf': 'المصدر الذي نُسخ منه {id}',
    'item.originObtained': '{method}{hasLocation, select, yes { في {location}} other {}}',
    'item.originAuthorisation': 'بموجب {type} {reference} الصادر عن {issuer}',
    'item.originRequest': 'بموجب الطلب {request}',
    'item.originCollected': 'جمعه {person} في {time}',
    'item.originCopy': 'نسخة من {item} ({method}) أُعدّت باستخدام {tool} بواسطة {person} في {time}',
    'item.preservation': 'الحفظ',
    'item.preservationValue':
      'الأمر {order}{hasBasis, select, yes {، بموجب {basis}} other {}}، من {since} حتى {until}: {hasForce, select, yes {سارٍ} other {منتهي}} في {asOf} (آخر قيد في الحزمة)',
    'item.legalHold': 'الحجز القانوني',
    'item.legalHoldValue': '{reference}، مفروض على {on}، ساري المفعول عند نقطة تفتيش الحزمة',
    'item.retention': 'مدة الاحتفاظ',
    'item.retentionValue':
      '{hasCategory, select, yes {الفئة {category} ({basis})، يُحتفظ به حتى {until}؛ } other {}}{hasLimit, select, yes {لا يُحتفظ به بعد {limit} (شروط وضعتها {state})؛ } other {}}{isDue, select, yes {مستحق المراجعة منذ {reviewAt}} other {موعد المراجعة {reviewAt}}} في {asOf} (آخر قيد في الحزمة){hasOverride, select, yes {؛ صدر أمر بالتصرف المبكر ({reference})} other {}}',
    'size.bytes':
      '{n, plural, zero {# بايت} one {# بايت} two {# بايت} few {# بايت} many {# بايت} other {# بايت}}',
    'custody.section': 'سجل الحيازة',
    'custody.intro':
      'صف واحد لكل حدث، بالترتيب الذي سجّله السجل. «#» هو موضع القيد في السجل كما يستشهد به قسم التحقق؛ الأوقات بالتوقيت العالمي UTC، وبجانبها فرق التوقيت الذي سجّله الفاعل.',
    'custody.when': 'متى (وقع؛ سُجّل)',
    'custody.who': 'من',
    'custody.what': 'ماذا',
    'custody.where': 'أين',
    'custody.seal': 'الختم',
    'custody.digest': 'البصمة',
    'custody.none': 'لا تحتوي الحزمة على أي حدث حيازة لهذا العنصر.',
    'custody.inLog': 'في السجل {origin}',
    'custody.crossedOut':
      'الحدود: انتقلت الحيازة من هذا السجل إلى السجل {origin}، الذي استوردها في قيده {index}',
    'custody.crossedIn':
      'الحدود: وصلت الحيازة إلى هذا السجل من السجل {origin}، الذي أفصح عنها في قيده {index}',
    'custody.match': 'مطابقة',
    'custody.mismatch': 'غير مطابقة',
    'derivatives.section': 'سلسلة العناصر المشتقة',
    'derivatives.intro': 'يقود كل سهم من عنصر إلى النسخ المأخوذة منه، كما سجّلها السجل.',
    'derivatives.none': 'لا توجد عناصر مشتقة: لم يُنسخ شيء في هذه الحزمة من العنصر أو إليه.',
    'verification.section': 'التحقق',
    'verification.noCheckpoint': 'تعذّر التحقق من أي نقطة تفتيش باستخدام مفتاح السجل المثبّت.',
    'verification.intro':
      'فُحصت الحزمة مقابل نقطة التفتيش الموقّعة هذه من السجل، وفُتحت بمفتاح التحقق الخاص بالسجل الذي ثبّته مُعدّ هذا التقرير:',
    'verification.origin': 'مصدر نقطة التفتيش',
    'verification.treeSize': 'حجم الشجرة',
    'verification.entries':
      '{n, plural, zero {# قيد} one {قيد واحد} two {قيدان} few {# قيود} many {# قيدًا} other {# قيد}}',
    'verification.rootHash': 'بصمة الجذر (base64)',
    'verification.keyId': 'معرّف مفتاح السجل',
    'verification.witnesses': 'الشهود الذين وقّعوا معًا',
    'verification.noWitnesses': 'لم يُفحص (لم تُحدَّد سياسة للشهود)',
    'verification.result': 'النتيجة',
    'verification.check': 'الفحص',
    'verification.entry': 'القيد',
    'verification.detail': 'التفاصيل',
    'verification.noChecks': 'لم يُجرَ أي فحص.',
    'status.pass': 'ناجح',
    'status.fail': 'فاشل',
    'status.warn': 'تحذير',
    'status.info': 'ملاحظة',
    'check.format': 'الصيغة',
    'check.log-key': 'مفتاح السجل',
    'check.checkpoint': 'نقطة التفتيش',
    'check.witnesses': 'الشهود',
    'check.post-quantum': 'التوقيع ما بعد الكمّي',
    'check.time': 'الوقت',
    'check.rollback': 'التراجع',
    'check.entries': 'القيود',
    'check.inclusion': 'الإدراج',
    'check.signatures': 'التواقيع',
    'check.genesis': 'بداية السجل',
    'check.rules': 'قواعد الحيازة',
    'check.chain': 'السلسلة',
    'check.revocations': 'الإلغاءات',
    'check.digests': 'البصمات',
    'check.derivatives': 'المشتقات',
    'check.subject': 'العنصر المعني',
    'check.file': 'ملف الدليل',
    'check.attachment': 'مرفق PDF',
    'check.log-origin': 'مصدر السجل',
    'check.pages': 'الصفحات المطبوعة',
    'check.signature': 'توقيع الجهة المصدِّرة',
    'check.report-signature': 'توقيع التقرير',
    'check.completeness': 'الاكتمال',
    'check.border': 'الحدود',
    'check.parts': 'أجزاء السجلات الأخرى',
    'check.detailInEnglish': 'تفاصيل أداة التحقق بالإنجليزية:',
    'bundle.section': 'الحزمة',
    'bundle.intro':
      'الحزمة القضائية (بصيغة custos-bundle, docs/bundle.md) هي البيانات الموقّعة التي أُعدّ منها هذا التقرير. تحملها نسخة PDF من هذا التقرير كملف مرفق باسم bundle.json.',
    'bundle.sha256': 'SHA-256',
    'bundle.entries': 'القيود',
    'bundle.origin': 'مصدر السجل',
    'bundle.key': 'مفتاح السجل الوارد في الحزمة',
    'guide.section': 'كيف تتحقق من هذا التقرير بشكل مستقل',
    'guide.intro':
      'ما يطبعه هذا التقرير يمكن التحقق منه بدلاً من أخذه على الثقة. البيانات الموقّعة التي أُعدّ منها مرفقة بملف PDF باسم bundle.json؛ تفحص أداة التحقق هذه البيانات، ثم تعيد رسم هذه الصفحات منها وتقارنها بالملف، دون الثقة بخادم Custos أو موظفيه.',
    'guide.step1':
      'احصل على مفتاح التحقق الخاص بالسجل عبر قناة مستقلة: من مشغّل السجل برسالة، أو بالهاتف (بقراءة معرّف المفتاح)، أو عن طريق قلم المحكمة. لا تأخذه أبدًا من هذا التقرير أو من الحزمة — فنسختاهما تُقارنان به فقط.',
    'guide.step1Key': 'المفتاح الذي فُحص به هذا التقرير معرّفه {keyId}.',
    'guide.step2':
      'شغّل أداة التحقق Custos على ملف PDF مع ذلك المفتاح (الأمر أدناه)؛ لا تحتاج إلى اتصال بالشبكة. تستخرج الأداة الملف المرفق bundle.json، وتتحقق من أن بصمته SHA-256 هي المطبوعة في هذا التقرير، وتفحص كل توقيع وإثبات إدراج وقاعدة حيازة، ثم تشترط أن تكون كل صفحة من الملف مطابقة تماماً لما ينتج عن ذلك السجل المتحقق منه: تُذكر الصفحة المعدّلة أو المضافة أو المحذوفة برقمها.',
    'guide.step3':
      'أو افتح صفحة ‎/verify لخادم Custos في متصفح الويب، واختر ملف PDF هذا وأدخل المفتاح نفسه. تجري الصفحة الفحوص نفسها؛ ولفحص الصفحات تحمّل خطوط التقرير من ذلك الخادم، لذا فإن نسخة محفوظة من الصفحة تُفتح دون اتصال تفحص السجل وتذكر أن الصفحات لم تُفحص.',
    'guide.step4':
      'إذا كان ملف الدليل نفسه بحوزتك، فيجب أن تساوي بصمته SHA-256 (مثلًا من sha256sum) بصمة SHA-256 المسجّلة المطبوعة في هذا التقرير.',
    'guide.proves': 'ما الذي تثبته النتيجة الموثَّقة',
    'guide.provesText':
      'أن السجل الذي ثبّتَّ مفتاحه قد التزم، بهذا الترتيب، بالقيود المعروضة، الموقّعة من الفاعلين المذكورين بمفاتيح صالحة في حينه، مع احترام قواعد الحيازة؛ وأن الشهود، حيثما وقّعوا، قد رأوا السجل نفسه.',
    'guide.notProves': 'ما الذي لا تثبته',
    'guide.notProves1': 'أن السجل مكتمل بعد نقطة التفتيش: قد توجد أحداث لاحقة — اطلب حزمة جديدة.',
    'guide.notProves2': 'أنه لم يكن لدى أي فاعل من خارج الحزمة مفتاح متطابق.',
    'guide.notProves3': 'أن ما وقّعه الفاعل صحيح في الواقع. فذلك يعتمد على الفاعلين والشهود والمحاكم.',
    'event.registered':
      'سُجّل: {description}؛ طريقة الحصول عليه: {method}{hasLocation, select, yes { في {location}} other {}}؛ جمعه {collector}',
    'event.sealed': 'خُتم بالختم {seal}',
    'event.unsealed': 'فُضّ الختم {seal}: {reason}',
    'event.handedOver': 'سُلّم إلى {to} لغرض {purpose}{hasChannel, select, yes { عبر {channel}} other {}}',
    'event.handoverCancelled': 'أُلغي التسليم: {reason}',
    'event.received':
      'استُلم؛ أُعيد فحص SHA-256: {hasMatch, select, yes {مطابقة} other {غير مطابقة}} للبصمة المسجّلة{hasCondition, select, yes {؛ {condition}} other {}}',
    'event.examined':
      'فُحص لغرض {purpose} باستخدام {tool}{hasFindings, select, yes {؛ النتائج: {findings}} other {}}',
    'event.copied': 'نُسخ إلى العنصر المشتق {derivative} ({description}) باستخدام {tool}',
    'event.created': 'أُنشئ كنسخة من {item} باستخدام {tool} ({method})',
    'event.verified': 'أُعيد حساب البصمة: {hasMatch, select, yes {مطابقة} other {غير مطابقة}} للبصمة المسجّلة',
    'event.preserved':
      'حُفظ بموجب الأمر {order} حتى {until}{hasRequest, select, yes { (الطلب {request})} other {}}',
    'event.preservationExtended': 'مُدّد الحفظ حتى {until}',
    'event.preservationReleased': 'رُفع الحفظ: {reason}',
    'event.disclosed':
      'أُفصح عنه إلى {to} بموجب الطلب {request}: {scope}{hasConditions, select, yes {؛ الشروط: {conditions}} other {}}{hasConditionsOnUse, select, yes {؛ شروط الاستخدام: {conditionsOnUse}} other {}}',
    'event.disclosedToAuthority':
      'أُفصح عنه إلى {authority} ({state}، سلطة معيّنة بالقيد {designation}) بموجب الطلب {request}: {scope}{hasConditions, select, yes {؛ الشروط: {conditions}} other {}}{hasConditionsOnUse, select, yes {؛ شروط الاستخدام: {conditionsOnUse}} other {}}',
    'event.imported': 'مستورد من السجل {origin}، حيث أفصح القيد {index} عن العنصر {item}: {description}',
    'event.transferReceipt':
      'إشعار استلام الإفصاح {disclosure}: استُورد في السجل {origin} بوصفه القيد {index}',
    'event.holdPlaced': 'فُرض الحجز القانوني {reference}: {reason}',
    'event.holdLifted': 'رُفع الحجز القانوني ({reference}): {reason}',
    'event.retentionSet': 'صُنّف ضمن فئة الاحتفاظ {category}: {reason}',
    'event.retentionOverridden': 'صدر أمر بالتصرف قبل انتهاء مدة الاحتفاظ ({reference}): {reason}',
    'event.useConsented':
      'موافقة الدولة المقدِّمة على {hasOnward, select, yes {النقل إلى {to}} other {{hasPurpose, select, yes {الاستخدام لغرض {purpose}} other {الاستخدام كدليل أمام محكمة}}}}: {reason}',
    'event.useConsentedToAuthority':
      'موافقة الدولة المقدِّمة على النقل إلى {authority} ({state}، سلطة معيّنة بالقيد {designation}): {reason}',
    'event.returned': 'أُعيد إلى {to}: {reason}',
    'event.destroyed':
      'أُتلف بطريقة {method} ({authorisation}){hasWitness, select, yes {، بحضور الشاهد {witness}} other {}}',
    'event.annotated': 'ملاحظة: {text}{hasCorrects, select, yes { (تصحّح قيدًا سابقًا)} other {}}',
    'keyNote.compromised':
      'موقّع بمفتاح أُعلن لاحقًا أنه مخترق اعتبارًا من {from}، أعلن ذلك {by} في {at} (القيد {entry}).',
    'keyNote.issued': 'موقّع بمفتاح أصدره المسؤول {by} نيابةً عن {actor} في {at} (القيد {entry}).',
    'origin.seizure': 'الضبط',
    'origin.production-order': 'أمر تقديم',
    'origin.preservation': 'التحفظ',
    'origin.voluntary-disclosure': 'التسليم الطوعي',
    'origin.foreign-authority': 'الإحالة من سلطة أجنبية',
    'origin.derived': 'الاشتقاق من عنصر آخر',
    'itemStatus.active': 'قيد الحيازة',
    'itemStatus.returned': 'أُعيد',
    'itemStatus.destroyed': 'أُتلف',
    'requestType.mutual-legal-assistance': 'المساعدة القانونية المتبادلة',
    'requestType.preservation-stored-data': 'التحفظ العاجل على البيانات المخزنة',
    'requestType.preservation-traffic-data': 'التحفظ العاجل على بيانات الحركة',
    'requestType.production': 'أمر تقديم',
    'requestType.network-24-7': 'طلب عبر شبكة 24/7',
    'requestType.spontaneous-information': 'معلومات مقدَّمة تلقائيًا',
    'requestStatus.recorded': 'مسجَّل',
    'requestStatus.received': 'مستلَم',
    'requestStatus.accepted': 'مقبول',
    'requestStatus.executed': 'منفَّذ',
    'requestStatus.partially-executed': 'منفَّذ جزئيًا',
    'requestStatus.refused': 'مرفوض',
    'requestStatus.withdrawn': 'مسحوب',
    'eventType.registered': 'التسجيل',
    'eventType.created': 'أُنشئ نسخةً',
    'eventType.sealed': 'الختم',
    'eventType.unsealed': 'فض الختم',
    'eventType.handed-over': 'التسليم',
    'eventType.handover-cancelled': 'إلغاء التسليم',
    'eventType.received': 'الاستلام',
    'eventType.examined': 'الفحص',
    'eventType.copied': 'النسخ',
    'eventType.verified': 'إعادة حساب البصمة',
    'eventType.preserved': 'التحفظ',
    'eventType.preservation-extended': 'تمديد التحفظ',
    'eventType.preservation-released': 'رفع التحفظ',
    'eventType.disclosed': 'الإفصاح',
    'eventType.returned': 'الإعادة',
    'eventType.destroyed': 'الإتلاف',
    'eventType.annotated': 'ملاحظة',
    'eventType.use-consented': 'الموافقة على الاستخدام',
    'eventType.hold-placed': 'فرض الحجز القانوني',
    'eventType.hold-lifted': 'رفع الحجز القانوني',
    'eventType.imported': 'مستورد من سجل آخر',
    'eventType.transfer-receipt': 'إشعار استلام من السجل المستقبِل',
    'subjectKind.actor': 'الطرف',
    'subjectKind.case': 'القضية',
    'subjectKind.request': 'الطلب',
    'subjectKind.item': 'العنصر',
    'subjectKind.designations': 'التعيينات',
    'subjectKind.retention': 'فئة الاحتفاظ',
    'subjectKind.derivatives': 'العناصر المشتقة من العنصر',
    'eventType.retention-set': 'تحديد فئة الاحتفاظ',
    'eventType.retention-overridden': 'استثناء من مدة الاحتفاظ',
    'revocationReason.compromised': 'مخترق',
    'revocationReason.lost': 'مفقود',
    'revocationReason.superseded': 'مستبدَل',
    'revocationReason.left-organisation': 'ترك المنظمة',
    'revocationReason.other': 'سبب آخر',
    'item.holdOnItem': 'العنصر {id}',
    'item.holdOnCase': 'القضية {id}',
    'conditions.onUse':
      'الأغراض المسموح بها: {purposes}؛ النقل اللاحق: {hasOnwardPermitted, select, yes {مسموح} other {بموافقة الدولة المقدِّمة فقط}}؛ الاستخدام دليلًا: {hasEvidencePermitted, select, yes {مسموح} other {بموافقة الدولة المقدِّمة فقط}}{hasRetainUntil, select, yes {؛ لا يُحتفظ به بعد {retainUntil}} other {}}{hasDataProtection, select, yes {؛ حماية البيانات: {dataProtection}} other {}}',
    'detail.notBundle': 'ليست حزمة custos-bundle (v1 أو v2): {path} {problem}',
    'detail.format': '{format} للعنصر {item}، أُعدّت في {createdAt}',
    'detail.jsonRefused': '{name} مرفوض: {reason}',
    'detail.jsonInvalid': '{name}: {reason}',
    'detail.theBundle': 'الحزمة',
    'detail.fileNoItems': 'لا يوجد عنصر مُتحقَّق منه لمقارنة {file} به',
    'detail.fileMatches': 'للملف {file} بصمة SHA-256 المسجلة للعنصر {item}',
    'detail.fileMismatch':
      'بصمة SHA-256 للملف {file} هي {sha256}، وهي غير مسجلة لأي من عناصر الحزمة ({n}: {items}): ليس هذا الدليل، أو أنه عُدّل',
    'detail.logKeyInvalid': 'مفتاح السجل المثبّت ليس مفتاح تحقق صالحًا: {reason}',
    'detail.witnessKeyInvalid': 'مفتاح الشاهد {key} ليس مفتاح تحقق من التوقيعات المشتركة: {reason}',
    'detail.checkpointInvalid': 'نقطة التفتيش لا تجتاز التحقق بمفتاح السجل المثبّت: {reason}',
    'detail.checkpoint': 'نقطة تفتيش {origin} عند حجم الشجرة {size}، الجذر {root}، موقّعة بمفتاح السجل المثبّت',
    'detail.witnesses':
      'وقّع {n} من {threshold} من الشهود المطلوبين{hasCosigners, select, yes { ({cosigners})} other {}}{hasMissing, select, yes {؛ الناقصون: {missing}} other {}}',
    'detail.witnessesNoPolicy':
      '{hasCosigners, select, yes {وقّع توقيعًا مشتركًا: {cosigners} (لم تُحدَّد سياسة للشهود)} other {لم تُحدَّد سياسة للشهود}}',
    'detail.logKeyNamed': 'تسمّي الحزمة مفتاح السجل المثبّت {name} (معرّف المفتاح {keyId})',
    'detail.logOriginNamed': 'تسمّي الحزمة مصدر السجل {name}، وهو مصدر المفتاح المثبّت',
    'detail.logMemberDiffers': 'تذكر الحزمة log.{member} بالقيمة {value}، لا {pinned} المثبّتة',
    'detail.logMemberUnpinned':
      'الحقل log.{member} في الحزمة لا يقابله شيء يثبّته المتحقق، فلا يمكن التحقق منه',
    'detail.pqKeyInvalid': 'مفتاح ML-DSA-44 المثبّت غير صالح للاستخدام: {reason}',
    'detail.pqSigned': 'تحمل نقطة التفتيش أيضًا توقيع ML-DSA-44 صالحًا بالمفتاح المثبّت',
    'detail.pqRequired': 'تشترط السياسة توقيع ML-DSA-44 بالمفتاح المثبّت، ولا تحمل نقطة التفتيش أيًّا منه',
    'detail.pqMissing': 'لا تحمل نقطة التفتيش توقيع ML-DSA-44 بالمفتاح المثبّت',
    'detail.seenInvalid': 'نقطة التفتيش التي رأيتها سابقًا لا تجتاز التحقق: {reason}',
    'detail.seenSame': 'الشجرة نفسها التي في نقطة التفتيش التي رأيتها (الحجم {size})',
    'detail.forked': 'جذران مختلفان لحجم الشجرة {size}: تفرّع السجل؛ احتفظ بنقطتي التفتيش كلتيهما دليلًا',
    'detail.seenEmpty': 'نقطة التفتيش التي رأيتها هي للشجرة الفارغة: أي شجرة لاحقة متسقة معها',
    'detail.consistencyUnproven':
      'نقطة تفتيش الحزمة (الحجم {size}) {hasNewer, select, yes {أحدث} other {أقدم}} من التي رأيتها (الحجم {seen})؛ دون اتصال لا يثبت هذا شيئًا: تحقّق باستخدام --online ليثبت السجل أنهما تاريخ واحد',
    'detail.consistent':
      'ثبت الاتساق مع نقطة التفتيش التي رأيتها (الحجم {seen}): شجرة السجل بالحجم {older} بادئة لشجرته بالحجم {newer} (RFC 9162)',
    'detail.inconsistent':
      'إثبات اتساق السجل من الحجم {older} إلى {newer} لا يتحقق: نقطة تفتيش الحزمة والتي رأيتها ليستا تاريخًا واحدًا؛ احتفظ بكلتيهما دليلًا',
    'detail.entryMalformed': 'أحد القيود مشوّه: {reason}',
    'detail.outOfOrder':
      'القيد {entry} يأتي بعد القيد {previous}: يجب أن تكون القيود بترتيب السجل، كلٌّ مرة واحدة',
    'detail.beyondCheckpoint':
      'القيد {entry} غير مثبت في السجل: رقمه يتجاوز حجم نقطة التفتيش {size} (نقطة تفتيش مرتجعة؟)',
    'detail.proofMismatch':
      'القيد {entry} غير مثبت في السجل: إثبات تضمينه لا يؤدي إلى جذر نقطة التفتيش (قيد أو إثبات معدَّل)',
    'detail.entries': '{n} من {total} من القيود بصيغة JCS القانونية وسليمة البنية وبترتيب السجل',
    'detail.inclusion': 'ثبت تضمين {n} من {total} من القيود في نقطة التفتيش (RFC 9162)',
    'detail.inclusionNoCheckpoint': 'لا يمكن التحقق من التضمين دون نقطة تفتيش مُتحقَّق منها',
    'detail.genesis': 'تبدأ سلسلة الثقة من القيد 0، المسؤول الأول {actor}',
    'detail.noGenesis': 'لا تبدأ الحزمة بالمسؤول الأول (القيد 0): لا يمكن ردّ الموقّعين إلى إعدادات السجل',
    'detail.notAsLogged': 'القيد {entry} ليس ما كان السجل سيكتبه له (وقته ليس بصيغة السجل)',
    'detail.chainGap': 'القيد {entry} لا يلي القيد السابق لموضوعه في هذه الحزمة: ثمة قيد ناقص أو ترتيب مختل',
    'detail.ruleBroken': 'القيد {entry} يخالف القاعدة {code}: {reason}',
    'detail.chainBroken': 'سلسلة القيود منقطعة (انظر أعلاه)',
    'detail.chain': 'كل حدث يسمّي القيد السابق لموضوعه: لا فجوات ولا إعادة ترتيب',
    'detail.rulesNoVersion':
      '{n} من {total} من القيود من سجل لم يعلن أي إصدار من القواعد: أعيد تطبيقها وفق الإصدار 1، وهي القواعد التي سُجّلت بموجبها',
    'detail.rulesOlderVersion':
      '{n} من {total} من القيود سُجّلت قبل القيد {from}، الذي يطبّق السجل ابتداءً منه الإصدار {version} من القواعد: أعيد تطبيق كل منها وفق الإصدار النافذ عليه',
    'detail.rulesMoved':
      'غيّر السجل إصدار القواعد المطبّق على قيود كانت تشملها نقطة تحقق رأيتها من قبل ({reason})',
    'detail.rulesLineInvalid': 'تعذّرت قراءة سطر القواعد في نقطة التحقق: {reason}',
    'detail.rules':
      '{n} من {total} من القيود تستوفي قواعد الحيازة عند إعادة تطبيقها (القواعد نفسها التي في الخادم)',
    'detail.signatureBad': 'القيد {entry}: توقيع {actor} لا يجتاز التحقق على محتواه',
    'detail.signatures': 'تجتاز {n} من {total} من توقيعات القيود التحقق (Ed25519، RFC 8032 الصارم)',
    'detail.subject': 'العنصر {item} مسجل في الحزمة: {description}',
    'detail.noSubject': 'لا تحتوي الحزمة على تسجيل العنصر {item}',
    'detail.digestMismatch':
      'القيد {entry}: سجّل {actor} أن العنصر {item} لم يطابق بصمة SHA-256 المسجلة له ({type})',
    'detail.digests':
      'عمليات إعادة التحقق من البصمة المطابقة للبصمات المسجلة: {n}{hasMismatches, select, yes {؛ حالات عدم تطابق مسجلة: {mismatches} (انظر أعلاه)} other {}}{hasIgnored, select, yes {؛ في قيود غير مثبتة أو غير موقّعة، لم تُحتسب: {ignored}} other {}}',
    'detail.orphan': 'يدّعي العنصر {item} أنه مشتق من {parent}، وتاريخه ليس في الحزمة',
    'detail.derivatives': 'العناصر المشتقة: {n}، أنشأ كلًّا منها حائزه من أصله',
    'detail.noDerivatives': 'لا عناصر مشتقة',
    'detail.compromisedLater':
      'القيد {entry} وقّعه {actor} بمفتاح أُعلن لاحقًا أنه مخترق اعتبارًا من {from}، أعلن ذلك {by} في {at} (القيد {declaration}، {reason}{hasNote, select, yes {: {note}} other {}})؛ يثبت السجل أن القيد سُجّل قبل ذلك الإعلان',
    'detail.issuedByAdministrator':
      'القيد {entry} وقّعه {actor} بمفتاح أصدره المسؤول {by} نيابةً عنه في {at} (القيد {since}): ربما كان المفتاح بحوزة {by}',
    'detail.compromisedSummary':
      'القيود الموقّعة بمفتاح أُعلن لاحقًا أنه مخترق اعتبارًا من وقت سابق لتسجيلها: {n} (مذكورة أعلاه)؛ سُجّل كلٌّ منها قبل الإعلان فيجتاز التحقق، لكن قدّر وزنه بحذر',
    'detail.revocations':
      'لا يوجد قيد موقّع بمفتاح أُلغي قبل تسجيله، أو أُعلن أنه مخترق اعتبارًا من وقت سابق لتسجيله',
    'detail.noCompleteness':
      'حزمة {format} هذه لا تحمل إثبات اكتمال: تبيّن أن قيودها في السجل، لا أن تاريخ العنصر {item} مكتمل (اطلب تصديرًا جديدًا)',
    'detail.mapLineMalformed': 'سطر خريطة التواريخ في نقطة التفتيش مشوّه: {reason}',
    'detail.noMap':
      'نقطة التفتيش (الحجم {size}) لا تلتزم بأي خريطة تواريخ، فلا يمكن إظهار اكتمال تاريخ العنصر {item}',
    'detail.incompleteNoProof': 'لم يُثبت اكتمال تاريخ {kind} {id}: ليس في الحزمة إثبات اكتمال له',
    'detail.incompleteBadProof':
      'لم يُثبت اكتمال تاريخ {kind} {id}: إثبات خريطة التواريخ الخاص به لا يطابق نقطة التفتيش ({reason})',
    'detail.incompleteNoHistory':
      'لم يُثبت اكتمال تاريخ {kind} {id}: يثبت السجل أنه لا تاريخ له إطلاقًا حتى نقطة التفتيش',
    'detail.incompleteCount':
      'لم يُثبت اكتمال تاريخ {kind} {id}: في السجل {count}، آخرها رقم {latest}؛ في الحزمة {held}، آخرها رقم {last}',
    'detail.incompleteLatest':
      'لم يُثبت اكتمال تاريخ {kind} {id}: آخر قيد في السجل رقم {latest} ليس قيد الحزمة رقم {last}',
    'detail.incompleteWithheld':
      'لم يُثبت اكتمال تاريخ {kind} {id}: تحوي الحزمة قيودًا منه لكنها تعلن أنه محجوب',
    'detail.derivativeWithheld':
      'تاريخ العنصر المشتق {id} ليس في هذه الحزمة ولم يُثبت اكتماله: لا يحق لمصدِّر الحزمة قراءته (اطلب من حائزه حزمته الخاصة)',
    'detail.incompleteNoneNoProof':
      'لم يُثبت اكتمال تاريخ {kind} {id}: إنه عنصر مشتق لا تحوي الحزمة شيئًا منه، وليس في الحزمة إثبات اكتمال له',
    'detail.incompleteNoneHeld':
      'لم يُثبت اكتمال تاريخ {kind} {id}: إنه عنصر مشتق لا تحوي الحزمة شيئًا منه؛ في السجل {count}، آخرها رقم {latest}',
    'detail.derivativesWithheld':
      'ليست كل العناصر المسجلة بوصفها مشتقة من العنصر {id} في هذه الحزمة: لا يحق لمصدّرها قراءة بعضها، فلم يُثبت اكتمالها (اطلب من حائزها حزمتها الخاصة)',
    'detail.derivativesCountedFrom':
      'يعدّ السجل العناصر المسجلة بوصفها مشتقة من عنصر ابتداءً من القيد {from} (الإصدار 3 من القواعد): عنصر سُجّل قبل القيد {from} ثم حُذف من هذه الحزمة كله لن يُلاحظ',
    'detail.derivativesNoProof':
      'لم يُثبت اكتمال مشتقات العنصر {id}: لا تثبت الحزمة عدد العناصر التي سجلها السجل بوصفها مشتقة منه',
    'detail.derivativesNoneInLog':
      'لم يُثبت اكتمال مشتقات العنصر {id}: تحوي الحزمة {held} تسجيلات لعناصر مشتقة منه منذ القيد {from}، ويثبت السجل أنه لا يحوي أيًا منها',
    'detail.derivativeMissing':
      'مشتق من العنصر {id} مفقود: سجّل السجل عنصرًا مشتقًا منه في القيد {latest}، ولا تحويه الحزمة (في السجل {count} من هذه التسجيلات منذ القيد {from}، وفي الحزمة {held})',
    'detail.derivativesMissing':
      'مشتقات من العنصر {id} مفقودة: في السجل {count} تسجيلات لعناصر مشتقة منه منذ القيد {from}، وفي الحزمة {held}',
    'detail.pdfUnreadable': 'لا يمكن قراءة الملف بصفته PDF ({reason})، فلا يمكن فحص صفحاته',
    'detail.noRenderRecord':
      'لا يذكر ملف PDF كيف أُنشئت صفحاته (لا يوجد سجل إنشاء custos كامل في بيانات XMP الوصفية)، فلا يمكن إنشاؤها من جديد ومقارنتها',
    'detail.pagesMatch':
      'كل صفحة مطابقة تمامًا لما ينتج عن التاريخ المُتحقَّق منه: إعادة إنشاء التقرير من الحزمة المُتحقَّق منها ({renderer}، {languages}) تعطي {hasSignature, select, yes {النسخة الموقّعة من هذا الملف بايتًا ببايت، ولا يحوي الملف شيئًا آخر سوى توقيع السلطة المصدِّرة (لا نسخة لاحقة ولا تعليق توضيحي ولا حقل نموذج ولا صفحة إضافية)} other {هذا الملف بايتًا ببايت، فلا يحوي الملف شيئًا آخر (لا نسخة لاحقة ولا تعليق توضيحي ولا حقل نموذج ولا صفحة إضافية)}}',
    'detail.pagesDiffer':
      'الصفحات لا تطابق ما ينتج عن التاريخ المُتحقَّق منه: {findings}{hasMore, select, yes {؛ و{more} اختلافات أخرى} other {}}',
    'detail.pagesNotChecked': 'لم تُفحص الصفحات المطبوعة: {why}',
    'detail.historyUnverified': 'التاريخ الذي ستُقارن به لا يجتاز التحقق',
    'detail.attachmentUndeclared':
      'لا يصرّح ملف PDF ببصمة SHA-256 لحزمته (لا يوجد Subject «{prefix}»)، فلا يمكن ربط الملف المرفق {file} (SHA-256 {sha256}) بالتقرير المطبوع',
    'detail.attachmentMatches': 'للملف المرفق {file} بصمة SHA-256 التي يصرّح بها التقرير ويطبعها: {sha256}',
    'detail.attachmentReplaced':
      'بصمة SHA-256 للملف المرفق {file} هي {sha256}، لا {declared} التي يصرّح بها التقرير ويطبعها: استُبدل المرفق أو عُدّل بعد إعداد التقرير',
    'detail.completeAsOf': 'مكتمل حتى نقطة التفتيش {root}… (الحجم {size})',
    'detail.complete':
      'تواريخ المواضيع ({n}) {complete}: تحوي خريطة السجل آخر قيد في الحزمة لكل منها، والعدد نفسه من القيود: {named}{hasMore, select, yes {، و{more} أخرى} other {}}',
    'detail.borderProven':
      'القيد {index} يحمل القيد {other} من السجل {origin}، مثبتًا في نقطة تحقّقه ذات الحجم {size} بالمفتاح المثبّت لذلك السجل',
    'detail.borderNotPinned':
      'القيد {index} يحمل القيد {other} من السجل {origin}، غير المثبّت هنا: لم يُتحقّق من ذلك الجزء (ثبّت مفتاح ذلك السجل للتحقّق منه)',
    'detail.borderFailed':
      'القيد {index} يحمل القيد {other} من السجل {origin}، ويفشل إثباته بالمفتاح وسياسة الشهود المثبّتين لذلك السجل: {reason}',
    'detail.partsMissing': 'حزمة {format} تحمل أجزاء سجلات أخرى، لكن هذه الحزمة لا تحمل أيًا منها',
    'detail.partsNotMultiLog':
      'لا يمكن لحزمة {format} أن تحمل أجزاء سجلات أخرى: وحدها custos-bundle/v3 تحملها',
    'detail.partAbsent':
      'القيد {index} يستورد القيد {other} من السجل {origin}، لكن الحزمة لا تحمل جزء ذلك السجل: السجلّ التاريخي هناك غير معروض',
    'detail.partUnclaimed':
      'الجزء {n} (السجل {origin}، قيده {other}) ليس الإفصاح الذي يسمّيه أي استيراد في هذه الحزمة',
    'detail.partNotPinned':
      'جزء السجل {origin} (تاريخه حتى قيده {other}، المستورد بالقيد {index}) لم يُتحقَّق منه: لا مفتاح مثبّت هنا لذلك السجل. للتحقق منه، ثبّت مفتاح ذلك السجل: custos trust add، أو «سجلات أخرى» في صفحة /verify',
    'detail.partFailed':
      'جزء السجل {origin} المستورد بالقيد {index} لا يتحقق بالمفتاح وسياسة الشهود المثبّتين لذلك السجل: {reason}',
    'detail.partBundleFailed':
      'جزء السجل {origin} المستورد بالقيد {index} لا يتحقق بالمفتاح المثبّت لذلك السجل: حزمته لا تتحقق: {failures}',
    'detail.partCheckFailed':
      '{check}: {reason}{hasNext, select, yes {؛ {next}} other {}}{hasMore, select, yes {؛ و{more} إخفاقات أخرى} other {}}',
    'detail.partMismatch':
      'القيد {index} يستورد القيد {other} من السجل {origin} ببصمة ورقة {named}، لكن جزء ذلك السجل في الحزمة يفصح عن قيد ببصمة ورقة {leafHash}',
    'detail.partVerified':
      'القيد {index} يستورد العنصر {item} من السجل {origin}: جزء ذلك السجل يتحقق بالمفتاح المثبّت له، وقيده {other} هو الإفصاح الذي يسمّيه الاستيراد. وهو كامل فقط حتى نقطة التحقق {root}… (الحجم {size}) لذلك السجل، المُنشأة عند الإفصاح: الأحداث اللاحقة في ذلك السجل غير مشمولة',
    'reason.unreadable': 'تتعذّر قراءته',
    'reason.badSignature': 'توقيع {name} على نقطة التفتيش لا يجتاز التحقق',
    'reason.notSignedByPinnedKey': 'نقطة التفتيش غير موقّعة بالمفتاح المثبّت لذلك السجل',
    'reason.otherOrigin': 'نقطة التفتيش تخص السجل {origin}، لا السجل المثبّت {pinned}',
    'reason.proofFails': 'إثبات التضمين أو الاتساق الخاص به لا يؤدي إلى جذر نقطة التفتيش',
    'reason.malformed': 'إثباته أو نقطة التفتيش مشوّه البنية (الرمز {code})',
    'reason.failedWithCode': 'يفشل بالرمز {code}',
    'reason.witnessQuorum':
      'وقّع نقطة التفتيش {n} من {threshold} من الشهود الموثوقين المطلوبين{hasCosigners, select, yes { ({cosigners})} other {}}{hasMissing, select, yes {؛ لم يوقّع: {missing}} other {}}',
    'reason.proofWithoutEntry': 'لا يحمل tlog-proof أي قيد ولم يُعطَ قيد: لم يثبت تضمين أي شيء',
    'reason.packageMalformed':
      '{what, select, format {صيغة حزمة النقل ليست {format}} members {في حزمة النقل أعضاء لا تعرّفها الصيغة: {members}} disclosure {الإفصاح في حزمة النقل ليس فهرسًا و tlog-proof فقط} bundle {حزمة النقل لا تحمل حزمة محكمة ذات قيود} other {إثبات الاتساق في حزمة النقل ليس قائمة تجزئات base64}}',
    'reason.notADisclosure': 'القيد {index} من حزمته ليس إفصاحًا',
    'reason.proofOfOtherEntry': 'يثبت tlog-proof الخاص به القيد {proven}، لا الإفصاح، القيد {named}',
    'reason.foreignEntryMismatch':
      'يثبت tlog-proof القيد {proven} (تجزئة الورقة {provenLeaf}) من السجل {provenOrigin}، لا القيد {index} (تجزئة الورقة {leafHash}) من السجل {origin}',
    'detail.tsaUnchecked': 'حُدّدت سياسة TSA لكن الطوابع لم يُتحقق منها (استخدم verifyBundleWithTime)',
    'detail.tokenFailed': 'الطابع الزمني {n} على نقطة التفتيش {size}: {reason}',
    'detail.timeContradiction':
      'يذكر القيد {entry} أنه سُجّل في {at}، لكن نقطة التفتيش {size} التي تحويه كانت موجودة بحلول {bound} ({source})',
    'detail.anchorInvalid': 'المرساة الزمنية {n}: نقطة تفتيشها لا تجتاز التحقق بمفتاح السجل المثبّت: {reason}',
    'detail.anchorInconsistent':
      'المرساة الزمنية {n} (نقطة التفتيش {size}) غير متسقة مع نقطة تفتيش الحزمة {bundleSize}',
    'detail.reportNotSigned':
      'التقرير غير موقَّع من الجهة التي صدّرته (لا توقيع PAdES): لم يثبت من صدّره؛ ومع ذلك تُفحص صفحاته مقابل التاريخ المُتحقَّق منه',
    'detail.reportSigned':
      'موقَّع بشهادة {key} ذات SHA-256 {sha256} (الموضوع «{subject}»، صادرة عن «{issuer}»، صالحة من {notBefore} إلى {notAfter}) {whichTime, select, own {في {at} حسب ساعة الموقِّع} checked {في {at}، مختوم زمنيًا من {tsa} في {genTime} (فُحص مقابل جذر TSA المثبَّت {root})} other {في {at}، مختوم زمنيًا من {tsa} في {genTime} (لم يُفحص: لا جذر TSA مثبَّت)}}، {level}: يغطي التوقيع الملف كله عدا قيمته نفسها، ولا يليه شيء. لا يُفحص هنا أي مرجع تصديق: وقّع من يحوز مفتاح تلك الشهادة؛ قارن SHA-256 للشهادة بالذي تنشره الجهة المصدِّرة',
    'detail.reportSignatureInvalid': 'توقيع التقرير غير صالح: {reason}',
    'detail.reportSignatureAppended':
      'توقيع التقرير غير صالح: أُضيف {n} بايت بعد نهاية النطاق الموقَّع (تحديث تزايدي بعد التوقيع)، ويعرضها برنامج العرض',
    'detail.reportSignatureRevision':
      'توقيع التقرير غير صالح: تحتوي مراجعة التوقيع على أكثر من حقل التوقيع الذي يكتبه Custos (أُضيف معها كائن أو صفحة أو تعليق آخر)',
    'detail.tsaCovered':
      'كل قيد في نقطة تفتيش مختومة زمنيًا من سلطات TSA المثبّتة (المطلوب: {k}؛ الطوابع المُتحقَّق منها: {tokens})',
    'detail.tsaUncovered':
      'القيود غير الواقعة في أي نقطة تفتيش مختومة زمنيًا من سلطات TSA المثبّتة (المطلوب: {k}): {n} (أولها: القيد {first})',
    'detail.timeBounds':
      'لدى {n} من {total} من القيود حدٌّ زمني مُتحقَّق منه؛ لم يُثبَّت جذر TSA، فلم يُتحقق من طوابع RFC 3161',
    'detail.more':
      'و{n, number} {whichStatus, select, fail {إخفاقات أخرى} warn {تحذيرات أخرى} info {ملاحظات أخرى} other {نتائج ناجحة أخرى}} لهذا الفحص، غير مدرجة',
    'page.signed': 'موقَّع:',
    'page.signatureInvalid': 'التوقيع غير صالح:',
    'page.notSigned': 'غير موقَّع:',
    'page.signerCertificate': 'SHA-256 لشهادة الموقِّع',
    'page.signerSubject': 'موضوع الشهادة',
    'page.signerIssuer': 'صادرة عن',
    'page.signerValidity': 'صالحة',
    'page.pagesChecked': 'فُحصت الصفحات المطبوعة:',
    'page.pagesNotChecked': 'لم تُفحص الصفحات المطبوعة:',
    'page.pagesDiffer': 'الصفحات المطبوعة لا تطابق التاريخ المُتحقَّق منه:',
    'page.title': 'Custos — التحقق من حزمة قضائية',
    'page.language': 'اللغة',
    'page.skip': 'انتقل إلى النتيجة',
    'page.brand': 'سجل سلسلة الحيازة',
    'page.heading': 'التحقق من حزمة قضائية',
    'page.lede':
      'تفحص سجل حيازة عنصر دليل مقابل نقطة التفتيش الموقّعة للسجل، بالشيفرة نفسها التي تستخدمها أداة التحقق في سطر الأوامر. كل شيء يجري في هذه الصفحة: لا يُرفع شيء مما تختاره هنا، وتعمل الصفحة أيضًا بعد حفظها على القرص وفتحها دون اتصال.',
    'page.stepKey': 'ثبّت مفتاح التحقق الخاص بالسجل',
    'page.logKey': 'مفتاح التحقق الخاص بالسجل',
    'page.logKeyHelp':
      'استخدم المفتاح الذي أعطاك إياه مشغّل السجل عبر قناة مستقلة — برسالة أو بالهاتف أو عن طريق قلم المحكمة. لا تنسخه أبدًا من الحزمة: نسخة الحزمة تُقارن به فقط.',
    'page.moreWitness': 'سياسة الشهود ونقطة تفتيش سابقة (اختياري)',
    'page.witnessKeys': 'مفاتيح الشهود الذين تثق بهم، مفتاح في كل سطر',
    'page.threshold': 'كم منهم يجب أن يكون قد وقّع',
    'page.witnessHelp':
      'مع وجود سياسة، يجب أن تحمل نقطة التفتيش تواقيع مشتركة صالحة من هذا العدد على الأقل من هؤلاء الشهود: لقد رأوا السجل نفسه الذي تراه.',
    'page.knownCheckpoint': 'نقطة تفتيش لهذا السجل رأيتها من قبل',
    'page.checkpointHelp':
      'يجب ألا تكون نقطة تفتيش الحزمة أقدم منها ولا أن تتعارض معها: فذلك يعني سجلًا تراجع أو تشعّب.',
    'page.moreTsa': 'جهات ختم الوقت والمفتاح ما بعد الكمّي (اختياري)',
    'page.tsaRoots': 'الشهادات الجذرية لجهات ختم الوقت التي تثق بها (PEM)',
    'page.tsaHelp':
      'مع وجود جذر TSA، يجب أن يكون كل حدث ضمن نقطة تفتيش ختمتها تلك الجهة زمنيًا (RFC 3161)، ويظهر كل حدث على أنه سُجّل في موعد لا يتجاوز ذلك الوقت.',
    'page.pqKey': 'مفتاح التحقق ML-DSA-44 الخاص بالسجل',
    'page.pqHelp': 'مع هذا المفتاح، يجب أن تحمل نقطة التفتيش أيضًا توقيعًا ما بعد كمّي (ML-DSA-44) صالحًا به.',
    'page.moreOtherLogs': 'سجلات أخرى، لحزمة تمتد عبر عدة سجلات (اختياري)',
    'page.otherLogs': 'مفاتيح التحقق لسجلات أخرى تثق بها، مفتاح في كل سطر',
    'page.otherLogsHelp':
      'قد تحمل حزمةٌ صُدِّرت في دولة ما جزءَ سجل الدولة التي أفصحت عن العنصر. لا يُتحقَّق من ذلك الجزء إلا بمفتاح تثبّته هنا لسجله، وليس أبدًا بمفتاح تسمّيه الحزمة. الصق المفاتيح، أو حمّل ملف مخزن ثقة (custos-trust/v1). تُستخدم لهذه الصفحة فقط، ما لم تختر تذكّرها في هذا المتصفح.',
    'page.otherLogsFile': 'تحميل ملف مخزن ثقة (custos-trust/v1)',
    'page.rememberOtherLogs': 'تذكّر هذه المفاتيح وسياسات الشهود في هذا المتصفح',
    'page.forgetOtherLogs': 'انسَ المفاتيح المحفوظة',
    'page.otherLogsRemembered': 'مفاتيح سجلات أخرى محفوظة في هذا المتصفح: {n}',
    'page.otherLogsForgotten': 'لا يوجد مفتاح لسجل آخر محفوظ في هذا المتصفح.',
    'page.badOtherLogs': 'السطر {line} من مفاتيح السجلات الأخرى ليس مفتاح تحقق لسجل.',
    'page.badTrustFile': 'هذا الملف ليس مخزن ثقة (custos-trust/v1) بتثبيتات صريحة.',
    'page.otherLogChanged':
      'مفتاح مختلف للسجل {origin} محفوظ في هذا المتصفح: إن كان مشغّله قد غيّره فعلًا، فانسَ المفاتيح المحفوظة وثبّت المفتاح الجديد.',
    'page.otherLogWitnesses': 'شهود السجل {origin} الذين تثق بهم، شاهد في كل سطر',
    'page.otherLogThreshold': 'كم منهم يجب أن يكون قد وقّع',
    'page.otherLogPolicyHelp':
      'مع الشهود، لا يُحتسب جزء ذلك السجل إلا إذا حملت نقطة التفتيش التي تثبت إفصاحه توقيعات مشتركة صالحة من هذا العدد منهم على الأقل: سياسة الشهود التي يحفظها مخزن الثقة لذلك السجل (custos trust add --witness). فارغ: مفتاح السجل وحده.',
    'page.badOtherLogWitnesses':
      'لا يمكن استخدام سياسة الشهود للسجل {origin}: يجب أن يكون كل سطر مفتاح تحقق لتوقيع شاهد مشترك، وكل شاهد مرة واحدة.',
    'page.badOtherLogThreshold':
      'للسجل {origin}، يجب أن يكون عدد الشهود الذين يجب أن يوقّعوا عددًا صحيحًا من 1 إلى {max}.',
    'page.otherLogPolicyKept':
      'يحدد ملف مخزن الثقة للسجل {origin} سياسة شهود غير المعروضة هنا، وقد أُبقيت المعروضة: لتغييرها، عدّلها هنا.',
    'page.stepBundle': 'اختر الحزمة',
    'page.bundleFile': 'bundle.json، أو تقرير PDF المرفقة به',
    'page.drop': 'أو أفلت الملف هنا',
    'page.stepFile': 'افحص ملف الدليل',
    'page.optional': 'اختياري',
    'page.evidenceFile': 'ملف الدليل نفسه (مثل صورة القرص)',
    'page.evidenceHelp':
      'تُحسب بصمته SHA-256 هنا، على أجزاء، وتُقارن بالبصمة المسجّلة. الملفات الكبيرة تستغرق وقتًا.',
    'page.hashing': 'جارٍ حساب بصمة ملف الدليل',
    'page.verify': 'تحقّق',
    'page.print': 'طباعة',
    'page.proves': 'ما الذي تثبته الحزمة الموثَّقة وما الذي لا تثبته',
    'page.provesText':
      'تثبت أن السجل الذي ثبّتَّ مفتاحه قد التزم، بهذا الترتيب، بهذه القيود، الموقّعة من هؤلاء الفاعلين بمفاتيح صالحة في حينه، مع احترام قواعد الحيازة؛ ومع سياسة للشهود، أن الشهود رأوا السجل نفسه.',
    'page.notProvesText':
      'لا تثبت أن السجل مكتمل بعد نقطة التفتيش (قد توجد أحداث لاحقة: اطلب حزمة جديدة)، ولا أن ما وقّعه الفاعل صحيح في الواقع. فذلك يعتمد على الفاعلين والشهود والمحاكم.',
    'page.footer':
      'الصيغتان custos-bundle/v2 وv3، حزمة عبر عدة سجلات (يُقرأ v1 لكنه يفشل في فحص الاكتمال) موصوفة في docs/bundle.md. لا ترسل هذه الصفحة أي طلبات عبر الشبكة؛ سياسة الأمان الخاصة بها تمنع ذلك.',
    'page.chooseBundle': 'اختر حزمة للتحقق منها.',
    'page.verifying': 'جارٍ التحقق…',
    'page.reading': 'جارٍ قراءة {name}…',
    'page.verifiedStatus': 'تم التحقق: {name}',
    'page.failedStatus': 'فشل: {name}',
    'page.computing': 'جارٍ حساب SHA-256…',
    'page.unreadable': 'تعذّرت قراءته: {reason}',
    'page.verified': 'تم التحقق',
    'page.failed': 'فشل التحقق',
    'page.verifiedLede':
      'نجحت جميع عمليات الفحص{hasSubject, select, yes { للعنصر {subject}} other {}}: السجل الذي ثبّتَّ مفتاحه التزم بهذا السجل التاريخي، بهذا الترتيب، موقّعًا من فاعلين كانت مفاتيحهم صالحة في حينه والتزموا بقواعد الحيازة{hasComplete, select, yes {؛ السجل: {complete}} other {}}.',
    'page.failedLede':
      '{n, plural, zero {لم يفشل أي فحص} one {فشل فحص واحد} two {فشل فحصان} few {فشلت # فحوص} many {فشل # فحصًا} other {فشل # فحص}}. لا تعتمد على هذا السجل؛ الإخفاقات مدرجة أدناه وتحت «عمليات الفحص».',
    'page.keyNotes':
      '{n, plural, one {القيد {entries} موقّع بمفتاح أُعلن لاحقًا أنه مخترق اعتبارًا من وقت سابق لتسجيله. يثبت السجل أنه سُجّل قبل ذلك الإعلان، لذا فهو يجتاز التحقق؛ قدّر وزنه بحذر (مُعلَّم في التسلسل الزمني وتحت «عمليات الفحص»).} other {القيود {entries} موقّعة بمفتاح أُعلن لاحقًا أنه مخترق اعتبارًا من وقت سابق لتسجيلها. يثبت السجل أنها سُجّلت قبل ذلك الإعلان، لذا فهي تجتاز التحقق؛ قدّر وزنها بحذر (مُعلَّمة في التسلسل الزمني وتحت «عمليات الفحص»).}}',
    'page.derivativesIncluded':
      '{included, select, yes {تشمل الحزمة مشتقات العنصر: وقد تم التحقق من سجلاتها مع سجله.} other {لا تشمل الحزمة مشتقات العنصر: سجلاتها ليست جزءًا من هذا التحقق.}}',
    'page.more': 'و{n} أخرى',
    'page.attachedTo': 'الحزمة المرفقة بـ {name}',
    'page.items': '{n, plural, one {عنصر الدليل} other {عناصر الدليل}}',
    'page.notVerified': '{title} (لم يتم التحقق)',
    'page.custodianNow': 'الحائز الحالي',
    'page.registered': 'تاريخ التسجيل',
    'page.status': 'الحالة',
    'page.derivatives': 'المشتقات',
    'page.checkpointHelpResult': 'رأس الشجرة الموقّع الذي ثبت إدراج كل قيد فيه.',
    'page.log': 'السجل',
    'page.rootHash': 'بصمة الجذر',
    'page.witnesses': 'الشهود',
    'page.noneCosigned': 'لم يوقّع أحد',
    'page.requests': 'المساعدة القانونية المتبادلة',
    'page.when': 'متى (UTC)',
    'page.event': 'الحدث',
    'page.by': 'بواسطة',
    'page.whatHappened': 'ما الذي حدث',
    'page.timeline': 'التسلسل الزمني',
    'page.timelineWarning': 'فشل التحقق من الحزمة: هذا ما تدّعيه، لا ما يثبته السجل.',
    'page.timelineCaption': 'أحداث الحيازة بترتيب السجل',
    'page.location': 'المكان: {location}',
    'page.sealLine': 'الختم: {seal}',
    'page.itemLine': 'العنصر {item}',
    'page.checks': 'عمليات الفحص',
    'page.checksSummary':
      '{n, plural, zero {لا فحوص} one {فحص واحد} two {فحصان} few {# فحوص} many {# فحصًا} other {# فحص}}، فشل منها {failed}. تذكر الإخفاقات القيد برقمه في السجل.',
    'page.checksCaption': 'كل عمليات الفحص التي أجرتها أداة التحقق، بالترتيب',
    'page.code': 'الرمز: {code}',
    'page.statusPass': 'ناجح',
    'page.statusFail': 'فاشل',
    'page.statusWarn': 'تحذير',
    'page.statusInfo': 'معلومة',
    'page.subjectTag': 'موضوع الحزمة',
    'page.needKey': 'ثبّت أولًا مفتاح التحقق الخاص بالسجل: المفتاح الذي أعطاك إياه المشغّل، لا نسخة الحزمة.',
    'page.badThreshold': 'يجب أن يكون حدّ الشهود عددًا صحيحًا من 1 إلى {max} (عدد مفاتيح الشهود المُدخلة).',
    'page.badTsaRoots': 'يجب أن تكون جذور TSA شهادات بصيغة PEM (BEGIN CERTIFICATE).',
    'page.reviewed': 'راجع الترجمة: {reviewer}.',
    'page.unreviewed': 'ترجمة آلية أولية لم يراجعها بعد مترجم قانوني مؤهل.',
  },
};
