import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { NewsletterPreferencesInput } from './preferences.input.js';
import { TOKEN_PATTERN } from './limits.js';

/** An HTML form sends one checkbox as a string and several as an array; nothing when none is ticked. */
const toArray = ({ value }: { value: unknown }) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The form of the manage page (application/x-www-form-urlencoded): the preferences plus the token and the button pressed. */
export class ManagePageForm extends NewsletterPreferencesInput {
  @Transform(toArray)
  override lists: string[] = [];

  @IsString()
  @Matches(TOKEN_PATTERN, { message: 'token is not a valid link token' })
  token!: string;

  @IsOptional()
  @IsString()
  @MaxLength(16)
  @IsIn(['save', 'unsubscribe'])
  action?: 'save' | 'unsubscribe';
}
