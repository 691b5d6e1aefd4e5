// imsmanifest.xml of a SCORM 1.2 package: one organisation with one SCO (the launch page), its pass mark as
// adlcp:masteryscore, and every file of the package listed. It must sit at the zip's root (Moodle refuses a
// manifest inside a folder).
import { xmlAttr, xmlText } from './xml.ts';

/** The schema files SCORM 1.2 expects beside the manifest (the "control files"), shipped unchanged. */
export const SCORM_CONTROL_FILES = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'] as const;

export interface ManifestInput {
  /** Unique and stable per package, e.g. "kazakhstan-mediator.quiz.astana-process". */
  identifier: string;
  title: string;
  /** Percent, or null for no pass mark. */
  masteryScore: number | null;
  /** The launch page, relative to the package root. */
  launch: string;
  /** Every file the SCO uses (launch page included), relative to the package root. */
  files: readonly string[];
}

const XML_ID = /^[A-Za-z_][\w.-]*$/;

export function scormManifest(m: ManifestInput): string {
  if (!XML_ID.test(m.identifier)) throw new Error(`Manifest identifier ${JSON.stringify(m.identifier)} is not an XML name.`);
  if (m.masteryScore !== null && !(Number.isInteger(m.masteryScore) && m.masteryScore >= 0 && m.masteryScore <= 100)) throw new Error(`Mastery score ${m.masteryScore} is not a whole percent from 0 to 100.`);
  if (!m.files.includes(m.launch)) throw new Error(`The launch page ${m.launch} is not among the package's files.`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${xmlAttr(m.identifier)}" version="1"`,
    '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
    '  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>',
    '  <organizations default="org-1">',
    '    <organization identifier="org-1">',
    `      <title>${xmlText(m.title)}</title>`,
    '      <item identifier="item-1" identifierref="sco-1" isvisible="true">',
    `        <title>${xmlText(m.title)}</title>`,
    ...(m.masteryScore === null ? [] : [`        <adlcp:masteryscore>${m.masteryScore}</adlcp:masteryscore>`]),
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="sco-1" type="webcontent" adlcp:scormtype="sco" href="${xmlAttr(m.launch)}">`,
    ...m.files.map((f) => `      <file href="${xmlAttr(f)}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
