import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { createOptionsPlatform } from './platform';

render(<OptionsApp platform={createOptionsPlatform()} />, document.getElementById('app')!);
