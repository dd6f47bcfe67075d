import { render } from 'preact';
import { browserConnector } from '@/lib/connector.ts';
import { uiLanguage } from '@/lib/i18n.ts';
import { OptionsApp } from './OptionsApp.tsx';
import './options.css';

const lang = uiLanguage();
document.documentElement.lang = lang;
render(<OptionsApp connector={browserConnector()} lang={lang} />, document.getElementById('app')!);
