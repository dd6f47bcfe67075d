import { render } from 'preact';
import { browserConnector } from '@/lib/connector.ts';
import { t, uiLanguage } from '@/lib/i18n.ts';
import { OptionsApp } from './OptionsApp.tsx';
import './options.css';

const lang = uiLanguage();
document.documentElement.lang = lang;
document.title = t('settingsTitle');
render(<OptionsApp connector={browserConnector()} lang={lang} />, document.getElementById('app')!);
