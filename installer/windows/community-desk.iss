; Inno Setup 6 (6.3 or later) script: the Windows setup.exe for Community Desk (社群运营工作台).
; Built by installer\windows\build.ps1 (PyInstaller one-folder build first, then ISCC); see installer\README.md.
; Saved as UTF-8 with a BOM so the Chinese messages below reach the compiler intact.
;
;   ISCC /DAppVersion=0.1.0 /DChineseMessages=path\to\ChineseSimplified.isl installer\windows\community-desk.iss
;
; Installs per user (no administrator needed, the default) or for all users (the first page asks);
; Start-menu entry, optional desktop icon, .cdesk files open with the app, uninstall from Settings ▸ Apps
; or the Start menu. Uninstalling keeps the person's community files and settings.

#define AppName "Community Desk"
#define AppExe "community-desk.exe"
; DbExt is app.paths.DB_SUFFIX.
#define DbExt ".cdesk"
#define ProgId "CommunityDesk.Database"
#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (build.ps1 reads it from pyproject.toml)
#endif
; VersionInfoVersion takes digits only: build.ps1 passes them as NumericVersion.
#ifndef NumericVersion
  #define NumericVersion AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\community-desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef ChineseMessages
  ; Not shipped with Inno Setup: the translation from jrsoftware/issrc (Files/Languages/Unofficial),
  ; which build.ps1 fetches when the compiler's Languages folder lacks it.
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#endif

[Setup]
AppId={{2357AE86-B594-460E-AA1B-A951EBB2B768}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#NumericVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default; the first page offers "install for all users" (administrator).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
SetupIconFile=..\..\resources\icons\community-desk.ico
Uninstallable=yes
UninstallDisplayName={#AppName} {#AppVersion}
UninstallDisplayIcon={app}\{#AppExe}
OutputDir={#OutputDir}
OutputBaseFilename=community-desk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"

[CustomMessages]
english.ShortcutName=Community Desk
chinesesimplified.ShortcutName=社群运营工作台
english.AppComment=Members, content calendar, activities, moderation and reports for community operators
chinesesimplified.AppComment=成员、内容日历、活动、审核与报表:社群运营者的工作台
english.DbTypeName=Community Desk database
chinesesimplified.DbTypeName=社群运营工作台数据文件
english.AssocGroup=File types:
chinesesimplified.AssocGroup=文件类型:
english.AssocTask=Open %1 files with Community Desk
chinesesimplified.AssocTask=用社群运营工作台打开 %1 文件

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssocTask,{#DbExt}}"; GroupDescription: "{cm:AssocGroup}"

[Files]
; The whole PyInstaller one-folder build: community-desk.exe (window), community-desk-cli.exe
; (console, for the headless commands) and _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:UninstallProgram,{cm:ShortcutName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; .cdesk -> CommunityDesk.Database, opened with: community-desk.exe --db "<file>".
; HKA is HKCU for a per-user install and HKLM for an all-users one; uninstall removes what it added.
Root: HKA; Subkey: "Software\Classes\{#DbExt}"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#DbExt}\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:DbTypeName}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --db ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#DbExt}"; ValueData: ""; Flags: uninsdeletekey; Tasks: associate

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:ShortcutName}}"; Flags: nowait postinstall skipifsilent
